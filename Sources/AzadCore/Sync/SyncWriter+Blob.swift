import Foundation
import GRDB
import GRDBSQLite

extension SyncWriter {
    /// Bytes written to a body's blob at a time.
    static let blobPiece = 1 << 20

    /// Writes a big article's encoded blocks as its body: a row of zeros of their size, then the
    /// bytes a piece at a time through SQLite's incremental blob I/O, so that SQLite never holds a
    /// copy of them all (an inserted value is first copied whole into the row's record).
    static func writeBody(_ db: Database, id: Int64, blocks: Data) throws {
        try db.execute(
            sql: """
                INSERT INTO body(id, blocks) VALUES (?, zeroblob(?))
                ON CONFLICT(id) DO UPDATE SET blocks = excluded.blocks
                """,
            arguments: [id, blocks.count])
        var blob: OpaquePointer?
        defer { sqlite3_blob_close(blob) }
        try check(sqlite3_blob_open(db.sqliteConnection, "main", "body", "blocks", id, 1, &blob), db)
        try blocks.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < raw.count {
                let count = min(blobPiece, raw.count - offset)
                try check(sqlite3_blob_write(blob, raw.baseAddress! + offset, Int32(count), Int32(offset)), db)
                offset += count
            }
        }
    }

    private static func check(_ code: Int32, _ db: Database) throws {
        guard code != SQLITE_OK else { return }
        throw DatabaseError(
            resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
    }
}
