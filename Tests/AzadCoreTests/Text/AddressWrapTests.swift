import Testing

@testable import AzadCore

/// Web and e-mail addresses are never wrapped inside themselves: the source URL is one line cut with
/// `…` at the edge, in the pane and in `azad show`; an address in a paragraph moves to the next line
/// whole.
@Suite struct AddressWrapTests {
    static let longURL = "https://www.afgazad.com/european-languages/2019/03/21/night-buses-over-the-salang-pass.html"

    @Test(arguments: [20, 40, 60, 79])
    func theSourceURLIsOneLineCutAtTheEdge(width: Int) throws {
        let article = Article(
            path: "/feed/a.txt", title: "Night buses", language: "en", source: Self.longURL,
            blocks: [Block(.paragraph, "Text.")])
        let lines = ArticleLayout.lines(for: article, width: width)
        let source = try #require(lines.first { $0.link != nil })
        #expect(source.link == Self.longURL)
        #expect(source.line.width == width)
        #expect(source.line.text.hasSuffix("…"))
        #expect(Self.longURL.hasPrefix(String(source.line.text.dropLast())))
        #expect(lines.filter { $0.style == .meta && $0.line.text.contains("salang") }.count <= 1)
        let text = ArticleLayout.plainText(for: article, width: width)
        #expect(text.contains(String(source.line.text)))
        #expect(!text.contains("\nlanguages/"))
    }

    /// A Persian article's source URL is cut the same way, left to right.
    @Test func aPersianArticlesSourceIsCutAtItsEnd() throws {
        let article = Article(
            path: "/feed/p.txt", title: "اتوبوس‌های شبانه", language: "fa", source: Self.longURL,
            blocks: [Block(.paragraph, "متن.")])
        let source = try #require(ArticleLayout.lines(for: article, width: 30).first { $0.link != nil })
        #expect(!source.line.isRightToLeft)
        #expect(source.line.text == String(Self.longURL.prefix(29)) + "…")
    }

    @Test func aShortSourceIsWhole() throws {
        let article = Article(path: "/f", title: "T", language: "en", source: "https://afgazad.com/a.pdf")
        let source = try #require(ArticleLayout.lines(for: article, width: 60).first { $0.link != nil })
        #expect(source.line.text == "https://afgazad.com/a.pdf")
    }

    /// In a paragraph an address that fits a line is never broken across two, at any width it fits.
    @Test(arguments: [
        "Write to afgazad@gmail.com or read https://www.afgazad.com/european-languages/index.html today.",
        "برای خواندن به https://www.afgazad.com/farsi/maqalat/2019.html بروید یا به afgazad@gmail.com بنویسید.",
        "د لیکنې لپاره www.afgazad.com/pashto/2019/03/21.html وګورئ او afgazad@gmail.com ته ولیکئ.",
        "詳しくは https://example.org/a-b/c-d/e-f/g-h.html を見て、mail.me@example.co.jp に送ってください。",
    ])
    func anAddressInAParagraphMovesToTheNextLineWhole(text: String) {
        let addresses = text.split(separator: " ").filter { LogicalParagraph.isAddress($0) }.map {
            $0.trimmingCharacters(in: .punctuationCharacters.subtracting(.init(charactersIn: "/")))
        }
        #expect(addresses.count == 2)
        let longest = addresses.map(\.count).max() ?? 0
        for width in longest...(longest + 30) {
            let lines = ParagraphLayout.lines(text, width: width, options: LayoutOptions(bidiMode: .terminal))
            for address in addresses {
                #expect(lines.contains { $0.text.contains(address) }, "\(address) at \(width): \(lines.map(\.text))")
            }
            #expect(lines.allSatisfy { $0.width <= width })
        }
    }

    /// An address longer than the line is still broken by width: nothing of a paragraph is dropped.
    @Test func anAddressLongerThanTheLineIsBrokenNotDropped() {
        let lines = ParagraphLayout.lines("see " + Self.longURL, width: 30, options: LayoutOptions(bidiMode: .terminal))
        #expect(
            lines.map(\.text).joined().replacingOccurrences(of: "see", with: "").trimmingCharacters(in: .whitespaces)
                == Self.longURL)
    }

    @Test(arguments: [
        ("https://afgazad.com", true), ("http://a.b/c", true), ("www.afgazad.com/x", true), ("WWW.AFGAZAD.COM", true),
        ("afgazad@gmail.com", true), ("name@host", false), ("@afgazad", false), ("a/b", false), ("2019/03/21", false),
        ("نام@دامنه.افغانستان", true), ("plain", false),
    ])
    func whatCountsAsAnAddress(word: String, expected: Bool) {
        #expect(LogicalParagraph.isAddress(word[...]) == expected)
    }
}
