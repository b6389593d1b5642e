import ArgumentParser

/// `--unread` and `--starred`: keep only the articles with the reader's marks asked for.
struct MarkFilterOptions: ParsableArguments {
    @Flag(help: ArgumentHelp(HelpLanguage.tr("Only articles not marked read in the reader.")))
    var unread = false

    @Flag(help: ArgumentHelp(HelpLanguage.tr("Only articles starred in the reader.")))
    var starred = false

    /// Whether any filter is on: the listing must then see every article before it counts to its limit.
    var isActive: Bool { unread || starred }

    /// Whether the article at `path` passes.
    func keeps(_ path: String, marks: ReadingMarks) -> Bool {
        (!unread || !marks.read.contains(path)) && (!starred || marks.starred.contains(path))
    }
}
