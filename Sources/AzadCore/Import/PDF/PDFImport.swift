import Foundation

/// Turns a PDF of the site into the text of an export, for the same parser.
///
/// Each page's glyphs become lines in logical order (`PDFLine`); lines far enough apart become
/// paragraphs separated by a blank line; running headers and footers and page numbers are dropped;
/// a word hyphenated at a line's end in a left-to-right language is joined again; pages are
/// separated by form feeds as in an export, so that the masthead, header and body are read by the
/// same code as a text file's.
public enum PDFImport {
    /// A PDF larger than this many bytes is not read: the site's articles are a few hundred kilobytes.
    public static let largestFile = 64 << 20
    /// A PDF with more pages than this is not read: a book, not an article.
    public static let mostPages = 500

    /// Whether `data` is a PDF: it starts with the PDF header, `%PDF-`.
    ///
    /// Readers also accept a header further into the first kilobyte, but a text export could then
    /// be taken for a PDF by mentioning one; files with junk before the header are rare.
    public static func isPDF(_ data: Data) -> Bool {
        data.starts(with: "%PDF-".utf8)
    }

    /// The text of the PDF in `data`, as an export would hold it, or `ImportError` (without a path)
    /// when it is encrypted, damaged, too large or has no text layer.
    public static func text(of data: Data) throws -> String {
        guard data.count <= largestFile else {
            throw ImportError(
                .pdfTooLarge(.megabytes(data.count >> 20, limit: largestFile >> 20)))
        }
        let document = try PDFDocument(data)
        guard document.pageCount > 0 else { throw ImportError(.pdfDamaged(Translation.noop("it has no pages"))) }
        guard document.pageCount <= mostPages else {
            throw ImportError(.pdfTooLarge(.pages(document.pageCount, limit: mostPages)))
        }
        let pages = (0..<document.pageCount).map { PDFPage(document.glyphs(onPage: $0)) }
        guard pages.contains(where: { !$0.lines.isEmpty }) else { throw ImportError(.pdfNoText) }
        // Lines of spaces alone, or only page numbers and running heads, are no text either.
        let text = PDFExportText(pages).text
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw ImportError(.pdfNoText)
        }
        return text
    }
}
