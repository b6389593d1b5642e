import Foundation
import Testing

@testable import AzadCore

/// The pieces that keep a big export's import from holding it once per step give what the whole-text
/// forms give: the body folded block by block from the encoded blob, the language read from the first
/// lines alone, the bytes decoded in place.
@Suite struct BigExportMemoryTests {
    /// Block texts with Persian, Pashto, CJK, emoji, combining marks, control characters, ZWNJ,
    /// presentation forms and empty blocks, and line feeds inside a block (verse).
    static let blockSets: [[String]] = [
        ["باد پاییزی از دره گذشت", "می‌شود كتاب ي", ""],
        ["ښوونکي ویل چې زده کړه", "ګ ې ۍ", "\u{FEFB}\u{FE8D}"],
        ["喀布尔的夜晚很安静", "カタカナ and かな", "🌙🇦🇫 rain🌧"],
        ["e\u{301}te\u{301} Gespra\u{308}chsrunde", "ﬁne ß æ œ", "\u{0651}\u{064E}"],
        ["tab\there\u{7}bell", "\u{1B}[31mescape", "form\u{0C}feed", "\u{0}nul"],
        ["", "", ""],
        ["نخستین مصراع\tمصراع دوم\nمصراع سوم\tمصراع چهارم", "CHAPTER ONE"],
        [],
    ]

    @Test("the body folded block by block from the blob is the fold of the joined texts", arguments: blockSets)
    func foldedFromBlobEqualsWholeFold(texts: [String]) {
        let blocks = texts.enumerated().map { Block($0.offset % 3 == 2 ? .verse : .paragraph, $0.element) }
        let blob = BlockCodec.encode(blocks)
        #expect(Array(BlockCodec.texts(in: blob)) == texts)
        #expect(BlockCodec.decode(blob) == blocks)
        let whole = Folding.fold(texts.joined(separator: "\n"))
        #expect(SyncWriter.indexedBody(blob) == whole)
        #expect(Folding.fold(lines: texts, capacity: 0) == whole)
    }

    @Test("encoding while releasing the blocks writes the blob encode writes and empties them", arguments: blockSets)
    func encodeReleasing(texts: [String]) {
        let blocks = texts.enumerated().map { Block([.paragraph, .heading, .verse][$0.offset % 3], $0.element) }
        var released = blocks
        let blob = BlockCodec.encode(releasing: &released)
        #expect(released.isEmpty)
        #expect(BlockCodec.decode(blob) == blocks)
        #expect(blob.count == texts.reduce(0) { $0 + $1.utf8.count + 5 })
    }

    @Test("a big article's blocks, released with memory given back on the way, decode to themselves")
    func encodeReleasingBig() {
        // More than `ParsePool.bigFileBytes`, so that freed memory is returned every `returnEvery` bytes.
        let texts = ["باد پاییزی از دره گذشت و باران آمد", "喀布尔的夜晚很安静 🌙", "e\u{301}te\u{301} \u{7}"]
        let blocks = (0..<300_000).map { Block($0 % 7 == 0 ? .heading : .paragraph, texts[$0 % 3] + " \($0)") }
        var released = blocks
        let blob = BlockCodec.encode(releasing: &released)
        #expect(blob.count >= ParsePool.bigFileBytes)
        #expect(released.isEmpty)
        #expect(BlockCodec.decode(blob) == blocks)
    }

    @Test("a damaged blob yields the texts before the damage, as decode does")
    func damagedBlob() {
        var blob = BlockCodec.encode([Block(.paragraph, "کابل"), Block(.heading, "喀布尔"), Block(.verse, "🌙")])
        blob.removeLast(2)
        #expect(Array(BlockCodec.texts(in: blob)) == BlockCodec.decode(blob).map(\.text))
        #expect(Array(BlockCodec.texts(in: blob)) == ["کابل", "喀布尔"])
    }

    /// Lines of every length around the sample's 12,000 characters, in several scripts, with
    /// combining marks starting lines (a grapheme cluster never spans a line feed).
    static let lineSets: [[String]] = [
        ["کابل", "ښار", "喀布尔 🌙"],
        Array(repeating: String(repeating: "کتاب ", count: 700), count: 6),
        [String(repeating: "e\u{301}", count: 11_999), "\u{301}next", "third"],
        [String(repeating: "🇦🇫", count: 12_000)],
        (1...3_000).map { "\u{301}line \($0) می‌شود" },
        [String(repeating: "a", count: 12_000), "b"],
    ]

    @Test("the language sample is the first 12,000 characters of the joined lines", arguments: lineSets.indices)
    func languageSampleIsThePrefix(set: Int) {
        let lines = Self.lineSets[set]
        let entries = lines.flatMap { [PageCleaner.Entry.text($0), .blank] }
        let joined = lines.joined(separator: "\n")
        #expect(ExportParser.languageSample(entries) == String(joined.prefix(12_000)))
    }

    @Test("a big export's blocks written piece by piece read back whole, its last words found, a change re-indexed")
    func bigArticleRoundTrip() throws {
        let scratch = ScratchFolder()
        let feed = scratch.file("feed")
        try FileManager.default.createDirectory(at: feed, withIntermediateDirectories: true)
        let paragraphs = [
            "باد پاییزی از دره گذشت", "ښوونکي ویل چې زده کړه", "喀布尔的夜晚很安静 🌙", "re\u{301}sume\u{301} tab\there",
        ]
        var text = "A long report\n\n03/15/2020\n\n"
        var index = 0
        while text.utf8.count < ParsePool.bigFileBytes + SyncWriter.blobPiece {
            index += 1
            text += "\(index). \(paragraphs[index % paragraphs.count])\n\n"
        }
        let file = feed.appendingPathComponent("long.txt")
        try (text + "zanzibarite closes it.\n").write(to: file, atomically: true, encoding: .utf8)
        let cache = try ArticleCache(directory: scratch.file("cache"))
        #expect(try cache.sync(feeds: [feed]).new == 1)
        let expected = try ExportParser.parse(contentsOf: file)
        let stored = try #require(try cache.article(path: file.path))
        #expect(stored.blocks == expected.blocks)
        #expect(try cache.search("zanzibarite").count == 1)
        // Changed: the old terms come out of the index (folded again from the stored blob), the new go in.
        try (text + "quagmirelike closes it.\n").write(to: file, atomically: true, encoding: .utf8)
        #expect(try cache.sync(feeds: [feed]).changed == 1)
        #expect(try cache.search("zanzibarite").isEmpty)
        #expect(try cache.search("quagmirelike").count == 1)
        #expect(try cache.article(path: file.path)?.blocks.last?.text == "quagmirelike closes it.")
    }

    @Test(
        "decoding in place reads every encoding as before",
        arguments: [
            ("UTF-8 with a BOM", [0xEF, 0xBB, 0xBF] + Array("کابل\r\nرود".utf8), "کابل\nرود"),
            ("UTF-16 LE", [0xFF, 0xFE] + Array("喀布尔🌙".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, "喀布尔🌙"),
            ("UTF-16 BE", [0xFE, 0xFF] + Array("ښار".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }, "ښار"),
            ("Windows-1256", [0x98, 0xC7, 0xC8, 0xE1, 0x20, 0xD1, 0xE6, 0xCF], "کابل رود"),
            ("combining marks", Array("e\u{301}te\u{301}".utf8), "e\u{301}te\u{301}"),
        ] as [(String, [UInt8], String)])
    func decodesInPlace(name: String, bytes: [UInt8], text: String) throws {
        #expect(try TextDecoding.decode(Data(bytes)) == text, "\(name)")
    }
}
