import AzadCore
import Foundation

/// A library read straight from feed folders, without the cache: used until the article cache is
/// wired in, and for folders the cache cannot be written beside.
///
/// Parsing here is deliberately plain (title = first line after the masthead, paragraphs at blank
/// lines); the export parser does the real work once the cache serves the reader.
public final class FolderLibrary: ArticleLibrary, @unchecked Sendable {
    private let folders: [URL]
    private let lock = NSLock()
    private var articles: [Int64: (summary: ArticleSummary, article: Article)] = [:]
    private var order: [Int64] = []

    public init(folders: [URL]) {
        self.folders = folders
        try? sync(progress: { _ in })
    }

    public func summaries() throws -> [ArticleSummary] {
        lock.withLock { order.compactMap { articles[$0]?.summary } }
    }

    public func article(id: Int64) throws -> Article? { lock.withLock { articles[id]?.article } }

    public func search(_ query: String, limit: Int) throws -> [SearchHit] {
        let terms = SearchTerms.words(in: query)
        guard !terms.isEmpty else { return [] }
        let all = lock.withLock { order.compactMap { articles[$0] } }
        var hits: [SearchHit] = []
        for entry in all {
            let text = entry.article.title + "\n" + entry.article.blocks.map(\.text).joined(separator: "\n")
            let found = terms.allSatisfy { !SearchTerms.ranges(of: [$0], in: text).isEmpty }
            if found { hits.append(SearchHit(summary: entry.summary, snippet: "", rank: 0)) }
            if hits.count >= limit { break }
        }
        return hits
    }

    public func rawText(of summary: ArticleSummary) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: summary.path)), as: UTF8.self)
    }

    public func sync(progress: @escaping @Sendable (Double) -> Void) throws {
        var files: [URL] = []
        for folder in folders {
            guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
                continue
            }
            for case let url as URL in enumerator where url.pathExtension.lowercased() == "txt" { files.append(url) }
        }
        files.sort { $0.path < $1.path }
        var loaded: [Int64: (ArticleSummary, Article)] = [:]
        var ids: [Int64] = []
        for (index, file) in files.enumerated() {
            progress(Double(index) / Double(max(1, files.count)))
            guard let data = try? Data(contentsOf: file) else { continue }
            let id = Int64(index + 1)
            let article = FolderLibrary.parse(String(decoding: data, as: UTF8.self), path: file.path)
            let summary = ArticleSummary(
                id: id, path: file.path, title: article.title, authors: article.authors, date: article.date,
                language: article.language, section: article.section)
            loaded[id] = (summary, article)
            ids.append(id)
        }
        progress(1)
        lock.withLock {
            articles = loaded.mapValues { (summary: $0.0, article: $0.1) }
            order = ids
        }
    }

    /// Title and paragraphs, skipping the lines of the site's masthead.
    static func parse(_ text: String, path: String) -> Article {
        let normalized = text.replacingOccurrences(of: "\u{FEFF}", with: "").replacingOccurrences(
            of: "\r\n", with: "\n"
        )
        .replacingOccurrences(of: "\r", with: "\n").replacingOccurrences(of: "\u{0C}", with: "\n")
        var paragraphs: [String] = []
        var current: [String] = []
        for line in normalized.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
                current = []
            } else if !isMasthead(trimmed) {
                current.append(trimmed)
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
        let title = paragraphs.first ?? URL(fileURLWithPath: path).lastPathComponent
        let body = paragraphs.dropFirst().map { Block(.paragraph, $0) }
        let arabic = title.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) }
        let pashto = normalized.unicodeScalars.contains { "ښځټډړږګڼېۍ".unicodeScalars.contains($0) }
        return Article(path: path, title: title, language: arabic ? (pashto ? "ps" : "fa") : "en", blocks: Array(body))
    }

    static func isMasthead(_ line: String) -> Bool {
        line.contains("afgazad") || line.contains("AA-AA") || line.contains("آزاد افغانستان")
            || line.contains("European Languages")
    }
}
