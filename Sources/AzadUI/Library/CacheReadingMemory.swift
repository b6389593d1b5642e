import AzadCore
import Foundation

/// The reading record kept in `ReadingState` (by export path, apart from the cache), translated to
/// and from the cache's article ids: read and starred marks survive a cache rebuild.
public final class CacheReadingMemory: ReadingMemory {
    public let state: ReadingState
    public let cache: ArticleCache

    public init(state: ReadingState, cache: ArticleCache) {
        self.state = state
        self.cache = cache
    }

    public func load() -> ReadingRecord {
        var record = ReadingRecord()
        guard let summaries = try? cache.list() else { return record }
        let ids = Dictionary(summaries.map { ($0.path, $0.id) }, uniquingKeysWith: { first, _ in first })
        record.read = Set(((try? state.readPaths()) ?? []).compactMap { ids[$0] })
        record.starred = Set(((try? state.starredPaths()) ?? []).compactMap { ids[$0] })
        if let position = try? state.lastPosition(), let id = ids[position.path] {
            record.lastArticle = id
            record.lastScroll = position.line
        }
        if let language = try? state.preference(.mastheadLanguage) { record.mastheadLanguage = language }
        record.theme = try? state.preference(.theme)
        return record
    }

    public func save(_ record: ReadingRecord) throws {
        let summaries = try cache.list()
        let paths = Dictionary(summaries.map { ($0.id, $0.path) }, uniquingKeysWith: { first, _ in first })
        try state.update(
            read: Set(record.read.compactMap { paths[$0] }), starred: Set(record.starred.compactMap { paths[$0] }),
            among: Set(paths.values))
        if let id = record.lastArticle, let path = paths[id] {
            try state.setLastPosition(.init(path: path, line: record.lastScroll))
        }
        try state.setPreference(.mastheadLanguage, record.mastheadLanguage)
        try state.setPreference(.theme, record.theme)
    }
}
