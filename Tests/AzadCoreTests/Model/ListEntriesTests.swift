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
        #expect(entries.count(entries.acceptedLanguages(accepts)) == expected.count)
    }
}
