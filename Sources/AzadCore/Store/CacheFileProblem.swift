import Foundation
import GRDB

/// Why a cache file cannot be used as it is, found while opening it; `ArticleCache` moves it aside.
struct CacheFileProblem: Error {
    /// What is wrong, for the user's one-line notice.
    var problem: CacheNotice.Problem

    init(_ problem: CacheNotice.Problem) { self.problem = problem }

    /// SQLite's error, as the notice says it.
    static func damaged(_ error: DatabaseError) -> CacheFileProblem {
        CacheFileProblem(.damaged(error.message ?? "\(error.resultCode)"))
    }

    /// Errors that say the file is not a usable SQLite database (rather than, say, a full disk).
    static func isDamage(_ error: DatabaseError) -> Bool {
        error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT
    }

    /// Why the file at `url` is shorter than its own header says, or nil.
    ///
    /// SQLite opens a truncated file without complaint and fails only when it reaches a missing page,
    /// perhaps deep into a search; the header's page size and page count (trusted only when its
    /// "valid for" counter matches the change counter, as SQLite itself does) tell at once.
    static func truncation(of url: URL) -> CacheNotice.Problem? {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
        defer { try? handle.close() }
        guard let header = try? handle.read(upToCount: 100), header.count == 100,
            header.starts(with: Array("SQLite format 3\u{0}".utf8)),
            let size = try? handle.seekToEnd()
        else { return nil }
        let bytes = [UInt8](header)
        func big(_ offset: Int, _ count: Int) -> UInt64 {
            bytes[offset..<offset + count].reduce(0) { $0 << 8 | UInt64($1) }
        }
        let rawPageSize = big(16, 2)
        let pageSize = rawPageSize == 1 ? 65_536 : rawPageSize
        let pages = big(28, 4)
        guard big(24, 4) == big(92, 4), pages > 0, pageSize >= 512 else { return nil }
        guard size < pages * pageSize else { return nil }
        return .truncated(size: size, expected: pages * pageSize)
    }
}
