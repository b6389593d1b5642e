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
    public static func parse(data: Data, path: String, archive: ArchiveWords? = nil) throws -> Article {
        let decoded: (text: String, encoding: TextDecoding.Encoding)
        do {
            decoded = try TextDecoding.decodeDetectingEncoding(data)
        } catch let error as ImportError {
            throw error.at(path)
        }
        var article = try parse(text: decoded.text, path: path, archive: archive)
        // Legacy code pages carry no mark: reading one is a guess the reader should be able to see.
        switch decoded.encoding {
        case .windows1256: article.warnings.insert("not UTF-8: read as Windows-1256", at: 0)
        case .windows1252: article.warnings.insert("not UTF-8: read as Windows-1252", at: 0)
        case .utf16LittleEndian, .utf16BigEndian:
            if !(data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF])) {
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
    public static func parse(text: String, path: String, archive: ArchiveWords? = nil) throws -> Article {
        // Text a PDF-to-text converter wrote is put back the way a clean export writes it.
        let plain = PresentationForms.normalised(text)
        var repaired = ExtractionRepair.repair(plain.text, archive: archive)
        if plain.count > 0 {
            let noun = plain.count == 1 ? "presentation form" : "presentation forms"
            repaired.warnings.insert("normalised \(plain.count) Arabic \(noun) to plain letters", at: 0)
        }
        let cleaner = PageCleaner(repaired.text)
        let textLines = cleaner.entries.compactMap { entry -> String? in
            if case .text(let line) = entry { return line }
            return nil
        }
        guard !textLines.isEmpty else { throw ImportError(.noArticle, path: path) }
        // The first few thousand characters tell the language as well as the whole text would.
        // Characters never outnumber UTF-8 bytes: a text that short is its own prefix, no need to
        // walk its grapheme clusters to find where the 12,000th ends.
        let joined = textLines.joined(separator: "\n")
        let language = LanguageGuess.guess(joined.utf8.count <= 12_000 ? joined[...] : joined.prefix(12_000))
        let chunks = Chunk.chunks(cleaner.entries)
        let header = HeaderReader(chunks, language: language, hasMasthead: cleaner.foundMasthead)
        let body = BodyBuilder(header.body)
        var warnings = repaired.warnings + cleaner.warnings + header.warnings + body.warnings
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
}
