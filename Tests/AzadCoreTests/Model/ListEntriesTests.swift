import Testing

@testable import AzadCore

/// A filter's pass over the list's entries: the rows it keeps, in order, and their count, whatever
/// tags the articles carry.
@Suite struct ListEntriesTests {
    /// Tags of every group, in any case, with a region, and more distinct ones than an index holds
    /// (the last ones share index 255).
    static let tags: [String] =
        ["fa", "FA", "fa-AF", "prs", "ps", "pbt", "en", "de-CH", "zh-Hant", "ja"]
        + (0..<300).map { "x\($0)" } + ["ps-AF", "fa"]

    @Test(arguments: Language.Group.allCases)
    func aGroupsEntriesAreTheOnesItsTagsName(group: Language.Group) {
        var entries = ListEntries()
        var known: [String: UInt8] = [:]
        for (offset, tag) in Self.tags.enumerated() {
            entries.append(id: Int64(offset * 3 + 1), language: tag, known: &known)
        }
        let accepts = { (tag: String) in Language(tag: tag).group == group }
        // What each row's language reads as: past index 255, the tag that holds it.
        let shownTags = entries.languageIndexes.map { entries.languages[Int($0)] }
        let expected = zip(entries.ids, shownTags).filter { accepts($0.1) }.map(\.0)
        #expect(!expected.isEmpty)
        let kept = entries.filtered(accepts)
        #expect(Array(kept.ids) == expected)
        #expect(kept.languageIndexes.map { kept.languages[Int($0)] }.allSatisfy(accepts))
        // Each kept id with its own tag, and without the excluded ones.
        let rows = zip(entries.ids, shownTags).filter { accepts($0.1) }.map { "\($0.0) \($0.1)" }
        let excluded = Set(expected.enumerated().filter { $0.offset % 3 == 0 }.map(\.element) + [-2])
        for (name, excluding) in [("none", Set<Int64>()), ("every third", excluded)] {
            let kept = entries.filtered(accepts, excluding: excluding)
            let keptRows = zip(kept.ids, kept.languageIndexes).map { "\($0.0) \(kept.languages[Int($0.1)])" }
            #expect(keptRows == rows.filter { !excluding.contains(Int64($0.prefix { $0 != " " })!) }, "\(name)")
        }
        #expect(entries.count(entries.acceptedLanguages(accepts)) == expected.count)
    }

    /// The ids a view's pass keeps: a language's rows, then among them the unread ones (not in the
    /// read marks) or the starred ones, at lengths around the count's four rows a step, with marks a
    /// bitmap holds and marks it cannot (a negative id).
    @Test(arguments: [0, 1, 3, 4, 5, 8, 11, 1_003])
    func aViewsRowsAreTheLanguagesRowsByTheirMarks(rows: Int) {
        let tags = ["fa", "ps", "en", "fa-AF", "de", "prs"]
        var entries = ListEntries()
        var known: [String: UInt8] = [:]
        for row in 0..<rows {
            entries.append(id: Int64(row * 7 % 1_009 + 1), language: tags[row * row % 6], known: &known)
        }
        let accepts = { (tag: String) in Language(tag: tag).group == .persian }
        let accepted = entries.acceptedLanguages(accepts)
        let shownTags = entries.languageIndexes.map { entries.languages[Int($0)] }
        let inLanguage = zip(entries.ids, shownTags).filter { accepts($0.1) }.map(\.0)
        #expect(entries.count(accepted) == inLanguage.count)
        #expect(entries.count(entries.acceptedLanguages { _ in true }) == rows)
        #expect(Array(entries.ids(accepted: accepted, capacity: 0)) == inLanguage)
        for marks in [
            Set<Int64>(), Set(entries.ids.filter { $0 % 3 == 0 }), Set(entries.ids.filter { $0 % 2 == 0 } + [-4]),
        ] {
            let membership = IDMembership(marks, rows: entries.count)
            #expect(
                Array(entries.ids(accepted: accepted, capacity: rows, marks: .unmarked(membership)))
                    == inLanguage.filter { !marks.contains($0) })
            #expect(
                Array(entries.ids(accepted: accepted, capacity: 1, marks: .marked(membership)))
                    == inLanguage.filter { marks.contains($0) })
        }
    }
}
