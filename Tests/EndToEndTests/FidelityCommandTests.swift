import AzadCore
import AzadTestSupport
import Foundation
import Testing

/// Translated articles, poems and Persian titles on the way from the cache to a terminal or a pipe:
/// contributors in JSON, a translator found by search, bylines and verse columns as FriBidi shows
/// them, and `list`/`search` in visual order on a terminal, logical when piped.
@Suite struct FidelityCommandTests {
    static let feed = AzadProcess.packageRoot.appendingPathComponent("sample-feed")
    static let translated = "2021-01-21-fa-mobile-libraries-utf16.txt"
    static let translatedTitle = "کتابخانه‌ای بر چرخ در کوه‌های بامیان"

    static func environment(_ scratch: ScratchFolder) -> [String: String] {
        [
            "AZAD_CACHE_DIR": scratch.url.appendingPathComponent("cache").path,
            "XDG_DATA_HOME": scratch.url.appendingPathComponent("data").path,
            "XDG_CONFIG_HOME": scratch.url.appendingPathComponent("config").path,
        ]
    }

    @Test func listAndSearchJSONCarryContributorsAndATranslatorIsFound() throws {
        let scratch = ScratchFolder()
        let environment = Self.environment(scratch)
        let list = try AzadProcess.run(["list", "--json", "--feed", Self.feed.path], environment: environment)
        #expect(list.status == 0, "\(list.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        let row = try #require(rows.first { ($0["path"] as? String)?.hasSuffix(Self.translated) == true })
        #expect(row["authors"] as? [String] == ["Helen Carter"])
        let expected: [[String: String]] = [
            ["name": "Helen Carter", "role": "author"], ["name": "نسرین حیدری", "role": "translator"],
        ]
        #expect(row["contributors"] as? [[String: String]] == expected)
        #expect(rows.allSatisfy { $0["contributors"] is [[String: String]] })
        // The translator's name finds the article, as an author's does.
        let search = try AzadProcess.run(
            ["search", "--json", "--feed", Self.feed.path, "حیدری"], environment: environment)
        #expect(search.status == 0, "\(search.stderr)")
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(search.stdout.utf8)) as? [[String: Any]])
        #expect(hits.count == 1)
        #expect((hits.first?["path"] as? String)?.hasSuffix(Self.translated) == true)
        #expect(hits.first?["contributors"] as? [[String: String]] == expected)
    }

    @Test func quoteAttributesAuthorAndTranslator() throws {
        let scratch = ScratchFolder()
        let clipboard = scratch.url.appendingPathComponent("quotes.txt")
        let file = Self.feed.appendingPathComponent(Self.translated).path
        let result = try AzadProcess.run(
            ["quote", file, "--paragraph", "1", "--to", clipboard.path], environment: Self.environment(scratch))
        #expect(result.status == 0, "\(result.stderr)")
        let entry = try String(contentsOf: clipboard, encoding: .utf8)
        #expect(entry.contains("\nauthor: Helen Carter\ntranslator: نسرین حیدری\n"))
        // Piped, the one-line attribution is logical text naming both.
        #expect(
            result.stdout.contains(
                "“\(Self.translatedTitle)”, Helen Carter, translated by نسرین حیدری, 2021-01-21"), "\(result.stdout)")
    }

    /// `show`'s byline and verse rows against FriBidi: the byline row is its visual line, and each
    /// column of a couplet row is its hemistich's visual line, spaces widened to justify aside.
    @Test(arguments: [60, 100, 160])
    func showsBylineAndVerseColumnsAsFriBidiDoes(width: Int) throws {
        for name in [Self.translated, "2011-11-03-fa-poem-kabul-rain.txt"] {
            let url = Self.feed.appendingPathComponent(name)
            let article = try ExportParser.parse(contentsOf: url)
            let result = try AzadProcess.run(["show", url.path, "--width", String(width), "--bidi", "visual"])
            #expect(result.status == 0, "\(result.stderr)")
            let rows = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(
                String.init)
            let lines = ArticleLayout.lines(for: article, width: width)
            #expect(rows.count == lines.count)
            var logical: [String] = []
            var shown: [String] = []
            for (row, line) in zip(rows, lines) where !line.line.text.isEmpty {
                let text = String(row.dropFirst(line.line.indent(in: width)))
                #expect(text == line.line.text)
                if line.style == .byline {
                    logical.append(try #require(Language(tag: article.language).byline(article.contributors)))
                    shown.append(text)
                }
                guard line.style == .verse, let block = line.blockIndex else { continue }
                let source = String(article.blocks[block].text[line.line.logicalRange])
                let halves = source.split(separator: "\t").map(String.init)
                guard halves.count == 2 else { continue }
                // Columns: the right one holds the first hemistich, the left one the second.
                logical.append(halves[0])
                logical.append(halves[1])
                let parts = Self.columns(text)
                #expect(parts.count == 2, "«\(text)»")
                guard parts.count == 2 else { continue }
                shown.append(parts[1])
                shown.append(parts[0])
            }
            #expect(!logical.isEmpty)
            let visual = try MastheadCommandTests.fribidi(logical)
            #expect(visual == shown, "\(name) at \(width)")
        }
    }

    /// The two columns of a couplet row, each with its runs of spaces made single: the gap is the
    /// widest run of spaces in the row (at least three columns, wider than any justified space).
    static func columns(_ text: String) -> [String] {
        let characters = Array(text)
        var best: Range<Int>? = nil
        var index = 0
        while index < characters.count {
            guard characters[index] == " " else {
                index += 1
                continue
            }
            var end = index
            while end < characters.count, characters[end] == " " { end += 1 }
            if end - index > (best?.count ?? 0) { best = index..<end }
            index = end
        }
        guard let gap = best, gap.count >= 3 else { return [text] }
        return [String(characters[..<gap.lowerBound]), String(characters[gap.upperBound...])].map {
            $0.split(separator: " ").joined(separator: " ")
        }
    }

    /// Everything the command printed on the terminal, scrollback included (tmux puts the first line
    /// of a command respawned into the pane there), once it satisfies `condition`.
    static func waitForOutput(_ session: TmuxSession, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(30 * TmuxSession.deadlineScale)
        var output = ""
        while Date() < deadline {
            output = try session.tmux(["capture-pane", "-p", "-S", "-", "-t", "0"])
            if condition(output) { return output }
            usleep(30_000)
        }
        throw TmuxSession.Timeout(description: "timed out; the terminal showed:\n\(output)")
    }

    @Test func listAndSearchOnATerminalAreVisualAndPipedAreLogical() throws {
        let scratch = ScratchFolder()
        let environment = Self.environment(scratch)
        let piped = try AzadProcess.run(["list", "--feed", Self.feed.path], environment: environment)
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stdout.contains("\tfa\t\(Self.translatedTitle)\n"))
        let visualTitle = try #require(try MastheadCommandTests.fribidi([Self.translatedTitle]).first)
        #expect(!piped.stdout.contains(visualTitle))
        let forced = try AzadProcess.run(
            ["list", "--feed", Self.feed.path, "--bidi", "visual"], environment: environment)
        #expect(forced.stdout.contains(visualTitle + "\n"))

        for arguments in [["list"], ["search", "بامیان"]] {
            let session = try TmuxSession(arguments + ["--feed", Self.feed.path], width: 100, height: 40)
            let screen = try Self.waitForOutput(session) { $0.contains(visualTitle) }
            let row = try #require(screen.split(separator: "\n").first { $0.contains(visualTitle) })
            // Right-aligned in its column: the title ends at the right edge.
            #expect(row.hasSuffix(visualTitle), "«\(row)»")
            #expect(DisplayWidth.of(String(row)) == 100, "«\(row)»")
            #expect(!screen.contains(Self.translatedTitle))
            #expect(try session.waitForExit() == 0)
        }
        let logical = try TmuxSession(["list", "--feed", Self.feed.path, "--bidi", "logical"], width: 100, height: 40)
        _ = try Self.waitForOutput(logical) { $0.contains(Self.translatedTitle) }
        #expect(try logical.waitForExit() == 0)
    }

    /// On a terminal `quote` says what it quoted in visual order: the title shaped, read right to left.
    @Test func quoteOnATerminalNamesTheArticleInVisualOrder() throws {
        let scratch = ScratchFolder()
        let clipboard = scratch.url.appendingPathComponent("quotes.txt")
        let file = Self.feed.appendingPathComponent(Self.translated).path
        let visualTitle = try #require(try MastheadCommandTests.fribidi([Self.translatedTitle]).first)
        let session = try TmuxSession(
            ["quote", file, "--paragraph", "1", "--to", clipboard.path], width: 160, height: 20)
        let screen = try Self.waitForOutput(session) { $0.contains(visualTitle) }
        #expect(!screen.contains(Self.translatedTitle))
        #expect(screen.contains("Helen Carter"))
        #expect(try session.waitForExit() == 0)
        #expect(try String(contentsOf: clipboard, encoding: .utf8).contains("translator: نسرین حیدری\n"))
    }

    /// `show` writes each sample article's date in its language; `parse --json` keeps it ISO.
    @Test(arguments: [
        ("2018-07-03-fr-jardins-de-babur-page-footers.txt", "3 juillet 2018", "2018-07-03"),
        ("2014-05-12-de-herat-altstadt.txt", "12. Mai 2014", "2014-05-12"),
        ("2019-03-21-en-nowruz-in-balkh.txt", "21 March 2019", "2019-03-21"),
        ("2016-02-21-fa-peace-talks-neighbours.txt", "۲ حوت ۱۳۹۴ · ۲۱ فبروری ۲۰۱۶", "2016-02-21"),
        ("2024-03-10-ps-khushal-khan-khattak.txt", "۲۰ حوت ۱۴۰۲ · ۱۰ مارچ ۲۰۲۴", "2024-03-10"),
    ])
    func showWritesTheDateInTheArticlesLanguage(name: String, date: String, iso: String) throws {
        let file = Self.feed.appendingPathComponent(name).path
        let shown = try AzadProcess.run(["show", file, "--width", "80", "--bidi", "logical"])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == date })
        let parsed = try AzadProcess.run(["parse", "--json", file])
        let array = try #require(try JSONSerialization.jsonObject(with: Data(parsed.stdout.utf8)) as? [[String: Any]])
        #expect(array.first?["date"] as? String == iso)
    }
}
