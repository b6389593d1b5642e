import AzadCore
import Foundation

/// A cache synced once from the bundled sample feed, searched with every input.
let sampleCache: ArticleCache = {
    // One folder for every run: a sync of an up-to-date cache is cheap, and nothing piles up.
    let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("azad-fuzz-search-cache", isDirectory: true)
    let cache = try! ArticleCache(directory: directory)
    let feed = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../sample-feed", isDirectory: true).standardizedFileURL
    _ = try! cache.sync(feeds: [feed])
    precondition(try! cache.count() > 0, "the sample feed gave the fuzzer nothing to search")
    return cache
}()

/// libFuzzer's set-up hook: syncs the sample cache before the first input, so that its one-time
/// allocations (worker threads, SQLite's caches) are not counted against an input as leaks.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzSearchQueryInitialize(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> CInt {
    _ = sampleCache
    return 0
}

/// libFuzzer entry point: arbitrary text typed into search.
///
/// Whatever a user types is a query: it never reaches SQLite as an error, matches are whole characters
/// of the text they are found in, in order, and never overlap.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSearchQuery(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let query = SearchQuery(text)
    precondition(query.isEmpty == (query.ftsPattern == nil), "an empty query with a pattern, or the reverse")
    let hits: [SearchHit]
    do {
        hits = try sampleCache.search(query, limit: 20)
    } catch {
        preconditionFailure("the query \(String(reflecting: text)) reached SQLite as an error: \(error)")
    }
    precondition(!query.isEmpty || hits.isEmpty, "an empty query found articles")
    // The query's own text, and a sentence in several scripts, searched in memory as the reading pane does.
    for haystack in [text, "Kabul کابل کابُل ڪابل 喀布尔 🇦🇫 e\u{301}te\u{301} \u{1B}[31m"] {
        var previousEnd = haystack.startIndex
        for range in query.ranges(in: haystack) {
            precondition(range.lowerBound >= previousEnd, "matches overlap or run backwards")
            precondition(range.upperBound <= haystack.endIndex, "a match past the end of the text")
            precondition(!range.isEmpty, "an empty match")
            precondition(String.Index(range.lowerBound, within: haystack) != nil, "a match starts inside a character")
            precondition(String.Index(range.upperBound, within: haystack) != nil, "a match ends inside a character")
            previousEnd = range.upperBound
        }
    }
    return 0
}
