import AzadCore
import Foundation

/// The reading record kept in `ReadingState` (by export path, apart from the cache), translated to
/// and from the cache's article ids: read and starred marks survive a cache rebuild.
///
/// A save writes only what changed since the last load or save: the reader saves on every article it
/// opens, and translating every id of a large cache on each of them would cost every key.
public final class CacheReadingMemory: ReadingMemory, @unchecked Sendable {
    public let state: ReadingState
    public let cache: ArticleCache
    private let lock = NSLock()
    /// What the state holds as far as this process knows; nil until a load or a full save.
    private var saved: ReadingRecord?

    public init(state: ReadingState, cache: ArticleCache) {
        self.state = state
        self.cache = cache
    }

    public func load() -> ReadingRecord {
        var record = ReadingRecord()
        let readPaths = (try? state.readPaths()) ?? []
        let starredPaths = (try? state.starredPaths()) ?? []
        let position = try? state.lastPosition()
        // Only the paths the state names: reading every id/path pair of a large cache delayed the first frame.
        var wanted = Set(readPaths)
        wanted.formUnion(starredPaths)
        if let position { wanted.insert(position.path) }
        guard let ids = try? cache.ids(ofPaths: wanted) else { return record }
        record.read = Set(readPaths.compactMap { ids[$0] })
        record.starred = Set(starredPaths.compactMap { ids[$0] })
        if let position, let id = ids[position.path] {
            record.lastArticle = id
            record.lastScroll = position.line
        }
        if let language = try? state.preference(.mastheadLanguage) {
            record.mastheadLanguage = MastheadLanguage(rawValue: language)
        }
        record.mastheadHidden = (try? state.preference(.mastheadHidden)) == "hidden"
        record.theme = try? state.preference(.theme)
        for kind in SearchKind.allCases {
            if let queries = try? state.searchHistory(kind.rawValue), !queries.isEmpty {
                record.searchHistory[kind.rawValue] = queries
            }
        }
        record.listView = try? state.listView()
        lock.withLock { saved = record }
        return record
    }

    public func save(_ record: ReadingRecord) throws {
        try lock.withLock {
            if let saved {
                try saveChanges(record, since: saved)
            } else {
                try saveAll(record)
            }
            saved = record
        }
    }

    /// Writes the marks of the articles whose marks changed since `saved`, and the position.
    private func saveChanges(_ record: ReadingRecord, since saved: ReadingRecord) throws {
        let changed = record.read.symmetricDifference(saved.read).union(
            record.starred.symmetricDifference(saved.starred))
        let paths = try cache.paths(of: changed.union(record.lastArticle.map { [$0] } ?? []))
        if !changed.isEmpty {
            let scope = Set(changed.compactMap { paths[$0] })
            try state.update(
                read: Set(record.read.intersection(changed).compactMap { paths[$0] }),
                starred: Set(record.starred.intersection(changed).compactMap { paths[$0] }), among: scope)
        }
        if let id = record.lastArticle, let path = paths[id],
            record.lastArticle != saved.lastArticle
                || record.lastScroll != saved.lastScroll
        {
            try state.setLastPosition(.init(path: path, line: record.lastScroll))
        }
        if record.mastheadLanguage != saved.mastheadLanguage {
            try state.setPreference(.mastheadLanguage, record.mastheadLanguage?.rawValue)
        }
        if record.mastheadHidden != saved.mastheadHidden {
            try state.setPreference(.mastheadHidden, record.mastheadHidden ? "hidden" : nil)
        }
        if record.theme != saved.theme { try state.setPreference(.theme, record.theme) }
        for kind in SearchKind.allCases.map(\.rawValue) where record.searchHistory[kind] != saved.searchHistory[kind] {
            try state.setSearchHistory(kind, record.searchHistory[kind] ?? [])
        }
        if record.listView != saved.listView, let view = record.listView { try state.setListView(view) }
    }

    private func saveAll(_ record: ReadingRecord) throws {
        let summaries = try cache.list()
        let paths = Dictionary(summaries.map { ($0.id, $0.path) }, uniquingKeysWith: { first, _ in first })
        try state.update(
            read: Set(record.read.compactMap { paths[$0] }), starred: Set(record.starred.compactMap { paths[$0] }),
            among: Set(paths.values))
        if let id = record.lastArticle, let path = paths[id] {
            try state.setLastPosition(.init(path: path, line: record.lastScroll))
        }
        try state.setPreference(.mastheadLanguage, record.mastheadLanguage?.rawValue)
        try state.setPreference(.mastheadHidden, record.mastheadHidden ? "hidden" : nil)
        try state.setPreference(.theme, record.theme)
        for kind in SearchKind.allCases {
            try state.setSearchHistory(kind.rawValue, record.searchHistory[kind.rawValue] ?? [])
        }
        if let view = record.listView { try state.setListView(view) }
    }
}
