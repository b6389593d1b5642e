import AzadCore
import Foundation
import Testing

/// `azad show` on the sample feed's Persian and Pashto articles: every right-to-left line is GNU
/// FriBidi's visual form of the same words, right-aligned within the width.
@Suite struct ShowBidiTests {
    static func persianAndPashtoSamples() throws -> [(url: URL, article: Article)] {
        let feed = AzadProcess.packageRoot.appendingPathComponent("sample-feed")
        let names = try FileManager.default.contentsOfDirectory(atPath: feed.path).filter { $0.hasSuffix(".txt") }
        return names.sorted().compactMap { name in
            let url = feed.appendingPathComponent(name)
            guard let article = try? ExportParser.parse(contentsOf: url), ["fa", "ps"].contains(article.language)
            else { return nil }
            return (url, article)
        }
    }

    @Test("Right-to-left lines of azad show are FriBidi's, right-aligned", arguments: [36, 72])
    func showMatchesFriBidi(width: Int) throws {
        let samples = try Self.persianAndPashtoSamples()
        #expect(samples.count >= 2)
        var compared = 0
        for (url, article) in samples {
            let result = try AzadProcess.run(["show", url.path, "--width", String(width), "--bidi", "visual"])
            #expect(result.status == 0, "\(result.stderr)")
            let rows = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(
                String.init)
            let lines = ArticleLayout.lines(for: article, width: width)
            #expect(rows.count == lines.count, "\(url.lastPathComponent)")
            var logical: [String] = []
            var shown: [String] = []
            for (row, line) in zip(rows, lines) where line.line.isRightToLeft && !line.line.text.isEmpty {
                // At the right edge, or as far in from it as the line asks (centred verse).
                #expect(DisplayWidth.of(row) + line.line.edgeMargin == width, "«\(row)» reaches the right edge")
                let source: String
                if let block = line.blockIndex {
                    source = article.blocks[block].text
                } else if line.style == .title {
                    source = article.title
                } else {
                    continue
                }
                let words = String(source[line.line.logicalRange])
                // Verse half-lines are tab-separated; FriBidi leaves tabs unexpanded (the unit tests
                // compare those lines tab for tab).
                guard !words.contains("\t") else { continue }
                logical.append(words)
                shown.append(String(row.drop { $0 == " " }))
            }
            let visual = try MastheadCommandTests.fribidi(logical)
            #expect(visual.count == logical.count)
            for (index, row) in shown.enumerated() where index < visual.count {
                compared += 1
                #expect(row == visual[index], "\(url.lastPathComponent): «\(logical[index])»")
            }
        }
        #expect(compared > 40, "only \(compared) lines compared")
    }

    /// Piped, `show` and `masthead` print logical order by default (`--bidi auto`), as `list` does.
    @Test(arguments: [["show"], ["masthead", "--lang", "fa"]])
    func pipedOutputIsLogicalByDefault(command: [String]) throws {
        let samples = try Self.persianAndPashtoSamples()
        let arguments = command == ["show"] ? command + [try #require(samples.first).url.path] : command
        let result = try AzadProcess.run(arguments + ["--width", "80"])
        #expect(result.status == 0, "\(result.stderr)")
        let shaped = result.stdout.unicodeScalars.filter { (0xFB50...0xFEFF).contains($0.value) }
        #expect(shaped.isEmpty, "presentation forms in piped output: \(result.stdout)")
        let expected = command == ["show"] ? try #require(samples.first).article.title : "افغانستان آزاد"
        #expect(result.stdout.contains(expected))
    }
}
