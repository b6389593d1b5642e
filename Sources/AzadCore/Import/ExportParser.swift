import Foundation

/// Reads one text export of afgazad.com into an `Article`, as a careful human reader would.
///
/// Decoding (`TextDecoding`), then `ExtractionRepair` (PDF-to-text artifacts), then `PageCleaner` (pages, repeated mastheads, footers), then
/// `HeaderReader` (source, title, subtitle, byline, date in any order), then `BodyBuilder`
/// (paragraphs, headings, verse). Nothing in the file is dropped silently: text the parser cannot
/// place stays in the body, and every guess it made is a `warnings` entry.
public enum ExportParser {
    /// Parses an export's bytes; `path` names the file in the article and in errors; `archive`,
    /// when given, lends its words to the repair of PDF-to-text output (`ExtractionRepair`).
    ///
    /// The bytes are consumed: each stage lets go of what the one before it made as soon as it has
    /// read it, so that a big export is held about twice at most (see `docs/DECISIONS.md`).
    public static func parse(data: consuming Data, path: String, archive: ArchiveWords? = nil) throws -> Article {
        var text: String
        let encoding: TextDecoding.Encoding
        do {
            (text, encoding) = try TextDecoding.decodeDetectingEncoding(data)
        } catch let error as ImportError {
            throw error.at(path)
        }
        let hasByteOrderMark = data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF])
        _ = consume data
        var article = try parse(text: consume text, path: path, archive: archive)
        // Legacy code pages carry no mark: reading one is a guess the reader should be able to see.
        switch encoding {
        case .windows1256: article.warnings.insert("not UTF-8: read as Windows-1256", at: 0)
        case .windows1252: article.warnings.insert("not UTF-8: read as Windows-1252", at: 0)
        case .utf16LittleEndian, .utf16BigEndian:
            if !hasByteOrderMark {
                article.warnings.insert("no byte order mark: read as UTF-16 from where the zero bytes fall", at: 0)
            }
        case .utf8, .utf8WithBOM, .pdf: break
        }
        return article
    }

    /// Reads and parses an export file.
    public static func parse(contentsOf url: URL) throws -> Article {
        let path = url.path
        let data: Data
        do {
            data = try RegularFile.contents(of: path)
        } catch {
            throw error.at(path)
        }
        return try parse(data: data, path: path)
    }

    /// Parses decoded text (line ends `\n`, pages split by `\f`).
    ///
    /// Throws only when nothing but the site's masthead is in it.
    public static func parse(text: consuming String, path: String, archive: ArchiveWords? = nil) throws -> Article {
        var cleaner: PageCleaner
        let repairWarnings: [String]
        (cleaner, repairWarnings) = cleaned(consume text, archive: archive)
        // The first few thousand characters tell the language as well as the whole text would.
        let sample = languageSample(cleaner.entries)
        guard !sample.isEmpty else { throw ImportError(.noArticle, path: path) }
        let language = LanguageGuess.guess(sample[...])
        let chunks = Chunk.chunks(cleaner.entries)
        // The chunks hold the lines now: a big export's list of them goes before the body is built.
        cleaner.entries = []
        let header = HeaderReader(chunks, language: language, hasMasthead: cleaner.foundMasthead)
        let body = BodyBuilder(header.body)
        var warnings = repairWarnings + cleaner.warnings + header.warnings + body.warnings
        let title: String
        if let found = header.title, !found.isEmpty {
            title = found
        } else {
            title = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            warnings.append("found no title: used the file name")
        }
        return Article(
            path: path,
            title: title,
            subtitle: header.subtitle,
            authors: Contributor.names(header.contributors, role: .author),
            contributors: header.contributors,
            date: header.date?.date,
            dateText: header.dateText,
            language: language,
            section: cleaner.section,
            source: header.source,
            blocks: body.blocks,
            warnings: warnings
        )
    }

    /// The text's lines with PDF-to-text artifacts repaired and page furniture removed, and the
    /// repairs' warnings. The text is consumed: it is gone once its lines are.
    private static func cleaned(_ text: consuming String, archive: ArchiveWords?) -> (PageCleaner, [String]) {
        // Text a PDF-to-text converter wrote is put back the way a clean export writes it.
        let (plain, normalised) = PresentationForms.normalised(text)
        _ = consume text
        var repaired = ExtractionRepair.repair(consume plain, archive: archive)
        if normalised > 0 {
            let noun = normalised == 1 ? "presentation form" : "presentation forms"
            repaired.warnings.insert("normalised \(normalised) Arabic \(noun) to plain letters", at: 0)
        }
        // Handed over, not shared: the cleaner lets go of the text once its lines are made.
        var cleaned = ""
        swap(&cleaned, &repaired.text)
        return (PageCleaner(consume cleaned), repaired.warnings)
    }

    /// The first 12,000 characters of the text lines joined by line feeds, read from as few lines as
    /// that takes: a line feed is a grapheme cluster of its own, so the lines' counts add up.
    static func languageSample(_ entries: [PageCleaner.Entry]) -> String {
        let limit = 12_000
        var sample = ""
        var characters = 0
        for case .text(let line) in entries where characters < limit {
            if !sample.isEmpty {
                sample.append("\n")
                characters += 1
                guard characters < limit else { break }
            }
            let piece = line.prefix(limit - characters)
            sample += piece
            characters += piece.count
        }
        return sample
    }
}
