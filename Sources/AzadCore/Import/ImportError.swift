/// Why an export could not be turned into an article.
///
/// Its description is one line a user can act on, naming the file when the path is known.
public struct ImportError: Error, Sendable, Hashable, CustomStringConvertible, TranslatableError {
    public enum Reason: Sendable, Hashable {
        /// The file holds no bytes, or nothing but whitespace.
        case empty
        /// The bytes are not text in any encoding exports use (NUL bytes, mostly control codes).
        case binary
        /// The file holds the site's masthead and nothing else.
        case noArticle
        /// The file could not be read at all (missing, a folder, no permission, …).
        case unreadable(FileProblem)
        /// A PDF that needs a password.
        case pdfEncrypted
        /// A PDF poppler cannot open, with its words.
        case pdfDamaged(String)
        /// poppler-glib, which reads PDFs, could not be loaded (`dlopen`), with the loader's words.
        case pdfReaderUnavailable(String)
        /// A PDF with no text layer: scanned pages, text as images.
        case pdfNoText
        /// A PDF too large to be an article, and which size is beyond the limit.
        case pdfTooLarge(PDFLimit)
    }

    /// The file, when known.
    public var path: String?
    public var reason: Reason

    public init(_ reason: Reason, path: String? = nil) {
        self.reason = reason
        self.path = path
    }

    /// The same error, naming `path`.
    public func at(_ path: String) -> ImportError { ImportError(reason, path: path) }

    /// The message without the file name.
    public var message: String { message(in: .english) }

    /// The message without the file name, in `translation`'s language.
    public func message(in translation: Translation) -> String {
        switch reason {
        case .empty: return translation.tr("the file is empty, there is no article in it")
        case .binary: return translation.tr("the file is binary, not a text export")
        case .noArticle: return translation.tr("the file holds only the site's masthead, no article")
        case .unreadable(let why):
            return translation.tr("cannot read the file: {reason}", ["reason": why.description(in: translation)])
        case .pdfEncrypted: return translation.tr("the PDF is encrypted (it needs a password), skipped")
        case .pdfDamaged(let why):
            // Poppler's own words stay as they are; azad's ("it has no pages") are in the catalogs.
            return translation.tr("the PDF is damaged, skipped: {reason}", ["reason": translation.tr(why)])
        case .pdfReaderUnavailable(let why):
            return translation.tr("poppler-glib, which reads PDFs, cannot be loaded: {reason}", ["reason": why])
        case .pdfNoText: return translation.tr("the PDF has no text layer (its pages are images), skipped")
        case .pdfTooLarge(let why):
            return translation.tr(
                "the PDF is too large for an article ({reason}), skipped", ["reason": why.description(in: translation)])
        }
    }

    public var description: String { description(in: .english) }

    public func description(in translation: Translation) -> String {
        guard let path else { return message(in: translation) }
        return "\(path): \(message(in: translation))"
    }
}
