import CPoppler
import Foundation

/// A PDF opened in-process through poppler-glib, read page by page as glyphs with their boxes.
///
/// poppler-glib keeps process-wide state (its global parameters, created on first use, and font
/// caches) that it does not document as safe to share between threads, while a sync parses files on
/// several; every call goes through one lock. A page's text takes about a millisecond, so the lock
/// costs a PDF feed some parallelism and nothing else.
final class PDFDocument {
    private static let lock = NSLock()
    private let handle: UnsafeMutableRawPointer
    /// How many pages the document has.
    let pageCount: Int

    /// Opens `data`, or throws `ImportError` (without a path) when it is encrypted or damaged.
    init(_ data: Data) throws {
        var status: Int32 = 0
        var message: UnsafeMutablePointer<CChar>?
        let opened = Self.lock.withLock {
            data.withUnsafeBytes { bytes in azad_pdf_open(bytes.baseAddress, bytes.count, &status, &message) }
        }
        let words = message.map { String(cString: $0) }
        azad_pdf_free(message)
        guard let opened else {
            if status == Int32(AZAD_PDF_ENCRYPTED) { throw ImportError(.pdfEncrypted) }
            if status == Int32(AZAD_PDF_UNAVAILABLE) { throw ImportError(.pdfReaderUnavailable(words ?? "")) }
            throw ImportError(.pdfDamaged(words ?? Translation.noop("poppler cannot open it")))
        }
        handle = opened
        pageCount = Int(Self.lock.withLock { azad_pdf_page_count(opened) })
    }

    deinit { Self.lock.withLock { azad_pdf_close(handle) } }

    /// Page `index`'s glyphs, each once, in no particular order; none for a page without a text layer.
    func glyphs(onPage index: Int) -> [PDFGlyph] {
        var scalars: UnsafeMutablePointer<UInt32>?
        var boxes: UnsafeMutablePointer<Double>?
        let count = Self.lock.withLock { azad_pdf_page_glyphs(handle, Int32(index), &scalars, &boxes) }
        defer {
            azad_pdf_free(scalars)
            azad_pdf_free(boxes)
        }
        guard let scalars, let boxes, count > 0 else { return [] }
        var glyphs: [PDFGlyph] = []
        glyphs.reserveCapacity(count / 4)
        // The shim hands over every selection that paired up, so most glyphs come several times.
        var seen = Set<PDFGlyph>()
        for offset in 0..<count {
            guard let scalar = Unicode.Scalar(scalars[offset]), !scalar.properties.isWhitespace else { continue }
            let box = boxes + 4 * offset
            let glyph = PDFGlyph(scalar: scalar, x1: box[0], y1: box[1], x2: box[2], y2: box[3])
            if seen.insert(glyph).inserted { glyphs.append(glyph) }
        }
        return glyphs
    }
}
