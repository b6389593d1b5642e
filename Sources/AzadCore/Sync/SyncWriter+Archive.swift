import Foundation
import GRDB

/// The archive's own vocabulary as a source for rejoining split words (`ArchiveWords`).
extension SyncWriter {
    /// Whether `prepared` was repaired from PDF-to-text output and left split pieces that no
    /// known word took in: more words might join them.
    static func leftPieces(_ prepared: ParsePool.Prepared) -> Bool {
        prepared.article.warnings.contains {
            $0.hasPrefix(ExtractionRepair.warningStart) && $0.contains(ExtractionRepair.lonePiecesNote)
        }
    }

    /// Parses `items` again with the words the archive's other articles write whole, and writes
    /// each whose text comes out otherwise.
    ///
    /// It runs once every file of the sync is indexed, in the same transaction, so an article finds
    /// the words of those synced with it. Articles repaired from PDF-to-text output lend no words:
    /// theirs may be pieces of split ones. The words are asked one at a time of an `fts5vocab`
    /// table in the connection's temporary schema: nothing is written to the cache's schema.
    static func rejoinWithArchive(
        _ db: Database, _ items: [SyncPlan.Work], languages: inout LanguageTally
    ) throws {
        guard !items.isEmpty else { return }
        try db.execute(
            sql: """
                CREATE VIRTUAL TABLE IF NOT EXISTS temp.article_instances
                USING fts5vocab(main, article_search, 'instance')
                """)
        let lookUp = """
            SELECT 1 FROM temp.article_instances v JOIN article a ON a.id = v.doc
            WHERE v.term = ? AND instr(a.warnings, ?) = 0 LIMIT 1
            """
        let archive = ArchiveWords { term in
            (try? Row.fetchOne(db, sql: lookUp, arguments: [term, ExtractionRepair.warningStart])) != nil
        }
        var words = WordListWriter()
        for item in items {
            guard
                let stored = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT a.id, a.size, a.modified, a.hash, a.title, a.authors, b.blocks
                        FROM article a LEFT JOIN body b ON b.id = a.id WHERE a.path = ?
                        """,
                    arguments: [item.file.path])
            else { continue }
            let known = SyncPlan.Known(
                id: stored["id"], size: stored["size"], modified: stored["modified"], hash: stored["hash"])
            // Parsed as a new file, so that an unchanged hash does not stop it.
            guard
                case .parsed(let prepared) = ParsePool.prepare(
                    SyncPlan.Work(file: item.file, existing: nil), archive: archive),
                prepared.hash == known.hash
            else { continue }
            let title: String = stored["title"]
            let authors: String = stored["authors"]
            let blocks: Data? = stored["blocks"]
            guard prepared.article.title != title || prepared.authors != authors || prepared.blocks != blocks else {
                continue
            }
            var unused = SyncReport()
            var outcome = ParsePool.Outcome.parsed(prepared)
            try write(
                db, item: SyncPlan.Work(file: item.file, existing: known), outcome: &outcome, report: &unused,
                words: &words, languages: &languages)
        }
    }
}
