import Testing

@testable import AzadCore

/// Ids held narrow while they fit in 32 bits, wide once one does not, and the same ids either way.
@Suite struct ArticleIDsTests {
    /// Lists of ids appended one at a time: the list gives back exactly what went in, in order.
    @Test(
        arguments: [
            [],
            [1, 2, 3],
            [Int64(UInt32.max), 0, 7],
            [5, Int64(UInt32.max) + 1, 6],
            [-1, 4],
            [Int64.max, Int64.min, 0],
            [9, 8, 7, 6, Int64(UInt32.max) + 2],
        ] as [[Int64]])
    func givesBackWhatWasAppended(ids: [Int64]) {
        var list = ArticleIDs()
        for id in ids { list.append(id) }
        #expect(Array(list) == ids)
        #expect(list.count == ids.count)
        #expect(Array(ArticleIDs(ids)) == ids)
        #expect(ArticleIDs(ids) == list)
    }

    /// A list whose ids all fit in 32 bits takes four bytes an id; one that does not, eight.
    @Test func narrowWhileEveryIdFits() {
        var list = ArticleIDs()
        list.reserveCapacity(1_000)
        for id in 1...1_000 { list.append(Int64(id)) }
        #expect(list.bytes == 4_000)
        list.append(Int64(UInt32.max) + 1)
        #expect(list.bytes == 8 * 1_001)
        #expect(list.last == Int64(UInt32.max) + 1)
        #expect(list.first == 1)
        #expect(list[999] == 1_000)
    }

    /// `count(in:)` against a count by the set's own test, over narrow and wide lists and sets whose
    /// ids are negative, beyond 32 bits, or spread too far for a bitmap.
    @Test(
        arguments: [
            ([], []),
            ([1, 2, 3], []),
            ([], [1]),
            ([1, 2, 3, 64, 65, 127, 128], [2, 64, 128, 500]),
            ([0, 63, 64], [0, 63, 64, -1]),
            ([5, 6, 7], [-5, Int64.min]),
            ([Int64(UInt32.max), 0], [Int64(UInt32.max)]),
            ([1, Int64(UInt32.max) + 1, 3], [Int64(UInt32.max) + 1, 3]),
            ([1, 2, 3], [3, Int64(UInt32.max) + 1, Int64.max]),
            ([4, 4, 9], [4]),
        ] as [([Int64], Set<Int64>)])
    func countsTheIdsInASet(ids: [Int64], set: Set<Int64>) {
        let list = ArticleIDs(ids)
        #expect(list.count(in: set) == ids.filter(set.contains).count)
    }

    /// A long list against sets small and large, near and far: the bitmap and the set agree.
    @Test(arguments: [0, 1, 40, 5_000, 100_000])
    func countsALongListInASet(marks: Int) {
        var generator = SystemRandomNumberGenerator()
        let ids = (0..<200_000).map { _ in Int64.random(in: 1...400_000, using: &generator) }
        var set = Set((0..<marks).map { _ in Int64.random(in: 1...400_000, using: &generator) })
        let list = ArticleIDs(ids)
        #expect(list.count(in: set) == ids.filter(set.contains).count)
        set.insert(Int64(UInt32.max) - 1)
        #expect(list.count(in: set) == ids.filter(set.contains).count, "a set too spread for a bitmap")
    }

    /// Membership as a bitmap or as the set, asked of ids in and out of the set, negative and far.
    @Test(
        arguments: [
            ([], 10), ([0], 10), ([0, 63, 64, 4_095], 10), ([-3, 5], 10), ([1, Int64(UInt32.max) + 1], 10),
            ([2, 9_000], 100), ([2, 9_000], 1_000_000), ([Int64.max], 1_000_000),
        ] as [(Set<Int64>, Int)])
    func answersAsTheSetDoes(set: Set<Int64>, rows: Int) {
        let membership = IDMembership(set, rows: rows)
        let asked: [Int64] = [-3, -1, 0, 1, 2, 5, 63, 64, 65, 4_095, 4_096, 8_999, 9_000, 9_001, Int64.max, Int64.min]
        for id in asked + Array(set) {
            #expect(membership.contains(id) == set.contains(id), "\(id) in \(set.sorted())")
        }
    }

    @Test(arguments: [[], [7], [1, 2, 7, 2], [Int64(UInt32.max) + 3, 7, 8]] as [[Int64]])
    func findsTheFirstPositionOfAnId(ids: [Int64]) {
        let list = ArticleIDs(ids)
        for id in Set(ids + [2, -1, Int64(UInt32.max) + 3, 99]) {
            #expect(list.firstIndex(of: id) == ids.firstIndex(of: id), "\(id) in \(ids)")
            #expect(list.contains(id) == ids.contains(id), "\(id) in \(ids)")
        }
    }

    /// A filter's pass keeps the rows its test takes, in order, given each row's position and id,
    /// and gives the list appending those ids would: narrow again when the wide ids are dropped.
    @Test(
        arguments: [
            [], [1], [1, 2, 3, 4, 5], [Int64(UInt32.max), 0, 7, 7], [5, Int64(UInt32.max) + 1, 6, 8],
            [Int64.min, -1, 0, 2, Int64.max],
        ] as [[Int64]])
    func filtersByRowAndId(ids: [Int64]) {
        let list = ArticleIDs(ids)
        let tests: [(String, (Int, Int64) -> Bool)] = [
            ("every row", { _, _ in true }),
            ("no row", { _, _ in false }),
            ("even rows", { row, _ in row % 2 == 0 }),
            ("ids that fit 32 bits", { _, id in UInt32(exactly: id) != nil }),
            ("odd ids at rows past the first", { row, id in row > 0 && id % 2 != 0 }),
        ]
        for (name, keep) in tests {
            let expected = ids.enumerated().filter { keep($0.offset, $0.element) }.map(\.element)
            for capacity in [0, ids.count] {
                let kept = list.filtered(capacity: capacity, keep)
                #expect(Array(kept) == expected, "\(name) of \(ids)")
                #expect(kept == ArticleIDs(expected), "\(name) of \(ids): held as appended")
            }
        }
    }

    /// A long list filtered to many of its rows holds a pick of its positions, to few a copy; either
    /// way it reads, finds, counts, compares and hashes as the kept ids appended one by one, and a
    /// filter of a pick, or an id appended to it, gives what the same on those ids would.
    @Test(arguments: [
        ("every row", 1), ("every other row", 2), ("a row in 29", 29), ("a row in 31", 31), ("a row in 500", 500),
    ])
    func aPickReadsAsTheKeptIds(name: String, every: Int) {
        var generator = SystemRandomNumberGenerator()
        // Ids unique and in no order, as a sort gives them, with one repeated to find its first row.
        var ids = (1...20_000).map(Int64.init).shuffled(using: &generator)
        ids[17_000] = ids[5_000]
        let list = ArticleIDs(ids)
        let keep = { (row: Int, _: Int64) in row % every == 0 }
        let kept = list.filtered(capacity: list.count, keep)
        let expected = ids.enumerated().filter { keep($0.offset, $0.element) }.map(\.element)
        #expect(kept.isPicked == (every < 30), "\(name)")
        #expect(kept.isPicked ? kept.bytes < expected.count * 4 : kept.bytes == expected.count * 4, "\(name)")
        #expect(Array(kept) == expected, "\(name)")
        #expect(kept.indices.map { kept[$0] } == expected, "\(name): by the subscript")
        #expect(kept == ArticleIDs(expected), "\(name)")
        #expect(kept.hashValue == ArticleIDs(expected).hashValue, "\(name)")
        #expect(kept != ArticleIDs(expected.dropLast()), "\(name)")
        for id in [ids[5_000], ids[0], ids[1], ids[19_999], 0, 20_001, Int64(UInt32.max) + 1] {
            #expect(kept.firstIndex(of: id) == expected.firstIndex(of: id), "\(name): \(id)")
        }
        let marks = Set(ids.prefix(3_000))
        #expect(kept.count(in: marks) == expected.filter(marks.contains).count, "\(name)")
        let odd = { (row: Int, id: Int64) in row % 3 != 0 && id % 2 != 0 }
        let again = expected.enumerated().filter { odd($0.offset, $0.element) }.map(\.element)
        for capacity in [0, kept.count] {
            #expect(Array(kept.filtered(capacity: capacity, odd)) == again, "\(name): a filter of it")
        }
        var grown = kept
        grown.append(Int64(UInt32.max) + 5)
        grown.append(3)
        #expect(Array(grown) == expected + [Int64(UInt32.max) + 5, 3], "\(name): appended to")
        #expect(Array(kept) == expected, "\(name): the pick appended to is a copy")
    }

    /// The positions a pick holds, by their bits: each one's row, the row's position, and each held
    /// one in order, over patterns that fill blocks, leave them empty, and end mid-word.
    @Test(arguments: [0, 1, 63, 64, 65, 511, 512, 513, 5_000])
    func picksFindRowsAndPositions(length: Int) {
        var generator = SystemRandomNumberGenerator()
        for density in [0.0, 0.01, 0.5, 1.0] {
            let held = (0..<length).filter { _ in Double.random(in: 0..<1, using: &generator) < density }
            var words = [UInt64](repeating: 0, count: (length + 63) / 64)
            for position in held { words[position >> 6] |= 1 << UInt64(position & 63) }
            let picks = PickedPositions(words: words)
            #expect(picks.count == held.count, "\(length) at \(density)")
            #expect(held.indices.map(picks.position(of:)) == held, "\(length) at \(density)")
            #expect(held.map(picks.rank) == Array(held.indices), "\(length) at \(density)")
            let heldSet = Set(held)
            #expect((-1...length).filter(picks.contains) == held.filter { heldSet.contains($0) })
            var walked: [Int] = []
            picks.forEach { walked.append($0) }
            #expect(walked == held, "\(length) at \(density)")
        }
    }

    @Test func equalListsHashAlike() {
        let one: ArticleIDs = [3, 1, Int64(UInt32.max) + 9]
        let other = ArticleIDs([3, 1, Int64(UInt32.max) + 9])
        #expect(one == other)
        #expect(one.hashValue == other.hashValue)
        #expect(one != [3, 1])
        #expect(ArticleIDs([1, 2]) != ArticleIDs([2, 1]))
    }
}

/// More distinct language tags than an index holds share the last index, and every index names a
/// tag the list holds.
@Suite struct ListEntriesLanguageTests {
    @Test func tagsBeyondTheIndexShareTheLastOne() {
        var entries = ListEntries()
        var known: [String: UInt8] = [:]
        let tags = (0..<300).map { "x-\($0)" } + ["fa", "ps", "zh-Hant", "👩‍💻", "e\u{301}", "\u{1B}[31m"]
        for (offset, tag) in tags.enumerated() { entries.append(id: Int64(offset), language: tag, known: &known) }
        #expect(entries.languages.count == 256)
        #expect(entries.languages == Array(tags.prefix(256)))
        #expect(entries.languageIndexes.allSatisfy { Int($0) < entries.languages.count })
        #expect(entries.languageIndexes.prefix(256).map(Int.init) == Array(0..<256))
        #expect(entries.languageIndexes.dropFirst(256).allSatisfy { $0 == UInt8.max })
        #expect(Array(entries.ids) == (0..<Int64(tags.count)).map { $0 })
    }

    @Test func aTagSeenAgainKeepsItsIndex() {
        var entries = ListEntries()
        var known: [String: UInt8] = [:]
        for (id, tag) in [(10, "fa"), (11, "ps"), (12, "fa"), (13, "en"), (14, "ps")] {
            entries.append(id: Int64(id), language: tag, known: &known)
        }
        #expect(entries.languages == ["fa", "ps", "en"])
        #expect(entries.languageIndexes == [0, 1, 0, 2, 1])
    }
}
