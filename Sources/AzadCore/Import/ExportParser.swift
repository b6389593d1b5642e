import Foundation

/// Reads one text export of afgazad.com into an `Article`, as a careful human reader would.
///
/// Decoding (`TextDecoding`), then `PageCleaner` (pages, repeated mastheads, footers), then
/// `HeaderReader` (source, title, subtitle, byline, date in any order), then `BodyBuilder`
/// (paragraphs, headings, verse). Nothing in the file is dropped silently: text the parser cannot
/// place stays in the body, and every guess it made is a `warnings` entry.
public enum ExportParser {
    /// Parses an export's bytes; `path` names the file in the article and in errors.
    public static func parse(data: Data, path: String) throws -> Article {
        let text: String
        do {
            text = try TextDecoding.decode(data)
        } catch let error as ImportError {
            throw error.at(path)
        }
        return try parse(text: text, path: path)
    }

    /// Reads and parses an export file.
    public static func parse(contentsOf url: URL) throws -> Article {
        let path = url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ImportError(.unreadable("no such file"), path: path)
        }
        guard !isDirectory.boolValue else { throw ImportError(.unreadable("it is a folder"), path: path) }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            let reason =
                FileManager.default.isReadableFile(atPath: path) ? "\(error.localizedDescription)" : "permission denied"
            throw ImportError(.unreadable(reason), path: path)
        }
        return try parse(data: data, path: path)
    }

    /// Parses decoded text (line ends `\n`, pages split by `\f`).
    ///
    /// Throws only when nothing but the site's masthead is in it.
    public static func parse(text: String, path: String) throws -> Article {
        let cleaner = PageCleaner(text)
        let textLines = cleaner.entries.compactMap { entry -> String? in
            if case .text(let line) = entry { return line }
            return nil
        }
        guard !textLines.isEmpty else { throw ImportError(.noArticle, path: path) }
        // The first few thousand characters tell the language as well as the whole text would.
        let language = LanguageGuess.guess(textLines.joined(separator: "\n").prefix(12_000))
        let chunks = Chunk.chunks(cleaner.entries)
        let header = HeaderReader(chunks, language: language, hasMasthead: cleaner.foundMasthead)
        let body = BodyBuilder(header.body)
        var warnings = cleaner.warnings + header.warnings + body.warnings
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
            authors: header.authors,
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
