import ArgumentParser
import AzadCore
import Foundation

/// The cache as the `sync`, `list`, `search` and `show` commands open it.
struct CacheSession {
    let cache: ArticleCache
    let feeds: [URL]

    init(_ global: GlobalOptions) throws {
        // --feed, else the configuration's feeds, else the bundled sample feed.
        feeds = global.feedFolders
        guard !feeds.isEmpty else {
            throw UserFacingError("azad: no feed folder: pass --feed DIR or set feeds in the configuration")
        }
        do {
            cache = try ArticleCache(directory: global.paths.cacheDirectory)
        } catch {
            throw UserFacingError("azad: cannot open the cache in \(global.paths.cacheDirectory.path): \(error)")
        }
        if let notice = cache.notice {
            FileHandle.standardError.write(Data("azad: \(notice)\n".utf8))
        }
    }

    /// A quick sync before reading (see `SyncDepth.quick`); when another process is syncing, reads the
    /// cache as it is instead of waiting. Unreadable files are `azad sync`'s to name, not every listing's.
    func refresh() throws {
        _ = try sync(waitIfBusy: false, depth: .quick, progress: nil)
    }

    func sync(waitIfBusy: Bool, depth: SyncDepth = .full, progress: (@Sendable (SyncProgress) -> Void)?) throws
        -> SyncReport
    {
        do {
            return try cache.sync(feeds: feeds, waitIfBusy: waitIfBusy, depth: depth, progress: progress)
        } catch let error as ArticleCacheError {
            throw UserFacingError("azad: \(TerminalText.clean(error.description))")
        }
    }
}

/// Text from files made safe for a terminal, on one line: `Sanitizer`'s placeholders for controls and
/// escape sequences (as the reader shows them), bidi embeddings, overrides and isolates removed
/// (they would reorder the rest of the terminal's line), line breaks and tabs as spaces.
enum TerminalText {
    static func clean(_ text: String) -> String {
        // A tab stop every column: each tab is one space (a string search would miss a tab a mark follows).
        Sanitizer.sanitized(text, tabWidth: 1, singleLine: true)
    }
}

/// JSON output as `JSONStream` makes it (sorted keys, slashes left alone, controls escaped), with one
/// trailing newline.
enum JSONOutput {
    static func print<T: Encodable>(_ value: T) throws {
        FileHandle.standardOutput.write(Data(try JSONStream.encoded(value) + [0x0A]))
    }

    /// An array, written as its elements are encoded, in 64 KB writes: `list --json` of 200,000
    /// articles held the whole document three times over (300 MB) when it was encoded at once.
    static func printArray<T: Encodable>(_ items: some Sequence<T>) throws {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 16)
        func flush() {
            FileHandle.standardOutput.write(Data(buffer))
            buffer.removeAll(keepingCapacity: true)
        }
        try JSONStream.writeArray(items) { piece in
            buffer += piece
            if buffer.count >= 1 << 16 { flush() }
        }
        buffer.append(0x0A)
        flush()
    }
}

/// An article summary as `list --json` and `search --json` print it.
struct SummaryJSON: Encodable {
    var id: Int64
    var path: String
    var title: String
    var authors: [String]
    var date: String?
    var language: String
    var section: String?
    var snippet: String?
    var rank: Double?

    init(_ summary: ArticleSummary, snippet: String? = nil, rank: Double? = nil) {
        id = summary.id
        path = summary.path
        title = summary.title
        authors = summary.authors
        date = summary.date?.iso
        language = summary.language
        section = summary.section
        self.snippet = snippet
        self.rank = rank
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(path, forKey: .path)
        try container.encode(title, forKey: .title)
        try container.encode(authors, forKey: .authors)
        // Absent values are null, not missing keys: scripts can rely on every key.
        try container.encode(date, forKey: .date)
        try container.encode(language, forKey: .language)
        try container.encode(section, forKey: .section)
        if let snippet { try container.encode(snippet, forKey: .snippet) }
        if let rank { try container.encode(rank, forKey: .rank) }
    }

    enum CodingKeys: String, CodingKey {
        case id, path, title, authors, date, language, section, snippet, rank
    }
}

/// One line of `list` or `search` text output: id, date, language, title.
func summaryLine(_ summary: ArticleSummary) -> String {
    let date = summary.date?.iso ?? "----------"
    return "\(summary.id)\t\(date)\t\(summary.language)\t\(TerminalText.clean(summary.title))"
}
