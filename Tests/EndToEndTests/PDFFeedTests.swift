import Foundation
import Testing

/// The site's PDFs through the built binary: `parse`, `show`, and the reader in tmux.
@Suite(.serialized) struct PDFFeedTests {
    static let fixtures = AzadProcess.packageRoot.appendingPathComponent("Tests/AzadCoreTests/Fixtures/pdf")
    static let persian = fixtures.appendingPathComponent("persian-pomegranate-harvest.pdf")
    static let english = fixtures.appendingPathComponent("english-night-buses-salang.pdf")

    /// A feed folder with every fixture PDF in it.
    static func feed() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("azad-pdf-feed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: fixtures.path) where name.hasSuffix(".pdf") {
            try FileManager.default.copyItem(
                at: fixtures.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        return folder
    }

    /// poppler-glib and the libraries it brings (glib, cairo, NSS, X11, image codecs) are loaded when
    /// the first PDF is opened, so that a process that reads none never maps them.
    @Test func theBinaryNeedsNoPDFLibraryToStart() throws {
        let ldd = Process()
        ldd.executableURL = URL(fileURLWithPath: "/usr/bin/ldd")
        ldd.arguments = [AzadProcess.binary.path]
        let output = Pipe()
        ldd.standardOutput = output
        try ldd.run()
        let libraries = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        ldd.waitUntilExit()
        #expect(ldd.terminationStatus == 0)
        #expect(libraries.contains("libc.so"))
        for name in ["libpoppler", "libglib-2.0", "libgobject-2.0", "libcairo"] {
            #expect(!libraries.contains(name), "\(name) is loaded at start:\n\(libraries)")
        }
    }

    @Test func parseReadsAPDFAsAnExportAndNamesABadOne() throws {
        let good = try AzadProcess.run(["parse", Self.english.path, "--json"])
        #expect(good.status == 0, "\(good.stderr)")
        let articles = try #require(
            try JSONSerialization.jsonObject(with: Data(good.stdout.utf8)) as? [[String: Any]])
        #expect(articles.count == 1)
        #expect(articles.first?["title"] as? String == "Night Buses Return To The Salang Pass")
        #expect(articles.first?["date"] as? String == "2023-10-14")
        #expect(articles.first?["authors"] as? [String] == ["Farid Rahmani"])
        let encrypted = Self.fixtures.appendingPathComponent("bad/encrypted-needs-password.pdf")
        let bad = try AzadProcess.run(["parse", encrypted.path, Self.persian.path, "--json"])
        #expect(bad.status == 1)
        let both = try #require(try JSONSerialization.jsonObject(with: Data(bad.stdout.utf8)) as? [[String: Any]])
        #expect(both.first?["error"] as? String == "the PDF is encrypted (it needs a password), skipped")
        #expect(both.last?["language"] as? String == "fa")
    }

    @Test func showLaysOutAPDFLikeAnExport() throws {
        let result = try AzadProcess.run(["show", Self.english.path, "--width", "60"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Night Buses Return To The Salang Pass"))
        #expect(result.stdout.contains("A SAFER ROAD, FOR NOW"))
        #expect(!result.stdout.contains("P a g e"))
    }

    @Test func theReaderListsSearchesAndShowsPDFsRightToLeftInVisualOrder() throws {
        let feed = try Self.feed()
        let session = try TmuxSession(["--feed", feed.path], width: 120, height: 40)
        session.removedWithSession.append(feed)
        try session.waitFor("5 articles")
        try session.waitFor("Night Buses Return")
        try session.waitFor("Les tisserands")
        try session.send("/")
        try session.waitFor("Search articles:")
        try session.type("قندهار")
        try session.waitFor("1 result ·")
        try session.send("Enter")
        try session.send("Enter")
        // A line of the body as FriBidi lays it out: shaped letters, the words from right to left.
        let visual = try #require(try MastheadCommandTests.fribidi(["بازار کابل هنوز چشم به راه انار"]).first)
        let screen = try session.waitFor(visual)
        #expect(screen.unicodeScalars.contains { (0xFE70...0xFEFF).contains($0.value) })
        // The raw view shows the text poppler's glyphs gave, masthead included.
        try session.send("R")
        try session.waitFor("Raw text:")
        try session.waitFor("www.afgazad.com")
        try session.waitFor("P a g e never shown") { !$0.contains("P a g e") }
    }
}
