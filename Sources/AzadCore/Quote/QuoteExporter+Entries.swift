extension QuoteExporter {
    /// Appends several entries as one write: all of them land, one after another, or none does.
    public func append(_ entries: [QuoteEntry]) throws(QuoteExportError) {
        guard !entries.isEmpty, entries.allSatisfy({ !$0.text.isEmpty }) else {
            throw QuoteExportError(file: file.path, reason: Translation.noop("the quote is empty"))
        }
        try append(bytes: Array(entries.map { $0.formatted() }.joined().utf8))
    }
}
