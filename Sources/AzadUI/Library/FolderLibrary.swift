import AzadCore
import Foundation

/// A library read straight from feed folders, without the cache: the reader's fallback when the
/// cache cannot be opened.
///
/// Every file is parsed by `ExportParser` on each sync; the cache does the same once, incrementally.
/// An article's id comes from its path, as the cache keys its reading state by path.
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
        try TextDecoding.decode(Data(contentsOf: URL(fileURLWithPath: summary.path)))
    }

    public func sync(progress: @escaping @Sendable (Double) -> Void) throws {
        var files: [URL] = []
        for folder in folders {
            guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
                continue
            }
            for case let url as URL in enumerator where ["txt", "pdf"].contains(url.pathExtension.lowercased()) {
                files.append(url)
            }
        }
        files.sort { $0.path < $1.path }
        var loaded: [Int64: (ArticleSummary, Article)] = [:]
        var ids: [Int64] = []
        for (index, file) in files.enumerated() {
            progress(Double(index) / Double(max(1, files.count)))
            // An unreadable file stays out of the list; `azad sync` reports it.
            guard let article = try? ExportParser.parse(contentsOf: file) else { continue }
            let id = Self.id(ofPath: file.path)
            let summary = ArticleSummary(
                id: id, path: file.path, title: article.title, authors: article.authors,
                contributors: article.contributors, date: article.date,
                language: article.language, section: article.section)
            loaded[id] = (summary, article)
            ids.append(id)
        }
        progress(1)
        // Newest first; undated articles last, by path.
        ids.sort { left, right in
            let a = loaded[left]!.0.date
            let b = loaded[right]!.0.date
            switch (a, b) {
            case (let a?, let b?) where a != b: return a > b
            case (.some, nil): return true
            case (nil, .some): return false
            default: break
            }
            return loaded[left]!.0.path < loaded[right]!.0.path
        }
        lock.withLock {
            articles = loaded.mapValues { (summary: $0.0, article: $0.1) }
            order = ids
        }
    }

    /// The id of the export at `path`: its identity is the path, so an id (and the read marks and
    /// stars kept by id) stays with its file when files are added or removed around it.
    ///
    /// FNV-1a over the path's bytes, kept positive and non-zero; two paths meeting on one id would
    /// need 2^31 files in one library.
    static func id(ofPath path: String) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in path.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return max(1, Int64(bitPattern: hash & UInt64(Int64.max)))
    }
}
