extension ArticleCache {
    /// The contributors column: one `role<TAB>name` per line.
    static func encodeContributors(_ contributors: [Contributor]) -> String {
        joinList(contributors.map { $0.role.rawValue + "\t" + $0.name.replacingOccurrences(of: "\t", with: " ") })
    }

    static func decodeContributors(_ text: String?) -> [Contributor] {
        splitList(text).compactMap { line in
            guard let tab = line.firstIndex(of: "\t"), let role = Contributor.Role(rawValue: String(line[..<tab]))
            else { return nil }
            return Contributor(name: String(line[line.index(after: tab)...]), role: role)
        }
    }

    /// What the search index's authors column is folded from: every contributor's name, one a line,
    /// so that a translator's name finds the article as an author's does.
    static func indexedNames(_ contributors: String) -> String {
        joinList(decodeContributors(contributors).map(\.name))
    }
}
