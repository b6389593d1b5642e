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

/// JSON output: sorted keys, slashes left alone, one trailing newline.
enum JSONOutput {
    static func print<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(value), as: UTF8.self)
        // JSONEncoder escapes only C0 controls; C1 controls and bidi controls from files would reach
        // the terminal raw. Outside strings JSON holds none of them, so escaping every one is safe.
        var escaped = ""
        for scalar in json.unicodeScalars {
            switch scalar.value {
            case 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
                let hex = String(scalar.value, radix: 16)
                escaped += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        FileHandle.standardOutput.write(Data((escaped + "\n").utf8))
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
