extension QuoteEntry {
    /// The attribution on one line, in logical order: `“Title”, Helen Carter, translated by
    /// نسرین حیدری, 2019-03-21`. Each role after the authors is named in English, as the clipboard
    /// file's keys are.
    public var attributionLine: String {
        var parts = ["“\(QuoteEntry.oneLine(title))”"]
        if !authors.isEmpty { parts.append(authors.map(QuoteEntry.oneLine).joined(separator: " and ")) }
        for role in [Contributor.Role.translator, .editor, .compiler] {
            let names = Contributor.names(otherContributors, role: role).map(QuoteEntry.oneLine)
            guard !names.isEmpty else { continue }
            parts.append("\(QuoteEntry.roleWords[role] ?? role.rawValue) \(names.joined(separator: " and "))")
        }
        if let date { parts.append(date.iso) }
        return parts.joined(separator: ", ")
    }

    private static let roleWords: [Contributor.Role: String] = [
        .translator: "translated by", .editor: "edited by", .compiler: "compiled by",
    ]
}
