/// The reason as the cache's `unreadable.code` column holds it: a kind's name and its parameters,
/// separated by spaces, a free text always last (`link-loop-back /feeds/a b`). The names never change,
/// so that any later azad reads what an earlier one wrote.
extension UnreadableReason {
    /// The stored form, or nil for words without a structure (kept only as the English text).
    public var storedForm: String? {
        switch self {
        case .import(let reason): return Self.storedForm(of: reason)
        case .entry(let problem): return "entry " + Self.storedForm(of: problem)
        case .folderUnopened(let problem): return "folder-unopened " + Self.storedForm(of: problem)
        case .linkLoop(let ancestor): return "link-loop-back " + ancestor
        case .danglingLink: return "dangling-link"
        case .vanished: return "vanished"
        case .text: return nil
        }
    }

    /// The reason a cache row holds: rebuilt from `storedForm`, or `english` as it is when the row
    /// has none or one this azad cannot read.
    public init(storedForm: String?, english: String) {
        guard let storedForm, let reason = Self.parse(storedForm) else {
            self = .text(english)
            return
        }
        self = reason
    }

    private static func parse(_ stored: String) -> UnreadableReason? {
        let (kind, rest) = split(stored)
        switch kind {
        case "entry": return rest.flatMap(Self.problem).map(UnreadableReason.entry)
        case "folder-unopened": return rest.flatMap(Self.problem).map(UnreadableReason.folderUnopened)
        case "link-loop-back": return rest.map { .linkLoop(leadsBackTo: $0) }
        case "dangling-link": return .danglingLink
        case "vanished": return .vanished
        default: return importReason(stored).map(UnreadableReason.import)
        }
    }

    private static func storedForm(of reason: ImportError.Reason) -> String {
        switch reason {
        case .empty: return "empty"
        case .binary: return "binary"
        case .noArticle: return "no-article"
        case .unreadable(let problem): return "cannot-read " + storedForm(of: problem)
        case .pdfEncrypted: return "pdf-encrypted"
        case .pdfDamaged(let words): return "pdf-damaged " + words
        case .pdfReaderUnavailable(let words): return "pdf-reader-unavailable " + words
        case .pdfNoText: return "pdf-no-text"
        case .pdfTooLarge(.megabytes(let size, let limit)): return "pdf-too-large megabytes \(size) \(limit)"
        case .pdfTooLarge(.pages(let count, let limit)): return "pdf-too-large pages \(count) \(limit)"
        }
    }

    private static func importReason(_ stored: String) -> ImportError.Reason? {
        let (kind, rest) = split(stored)
        switch (kind, rest) {
        case ("empty", nil): return .empty
        case ("binary", nil): return .binary
        case ("no-article", nil): return .noArticle
        case ("cannot-read", let rest?): return problem(rest).map(ImportError.Reason.unreadable)
        case ("pdf-encrypted", nil): return .pdfEncrypted
        case ("pdf-damaged", let words?): return .pdfDamaged(words)
        case ("pdf-reader-unavailable", let words?): return .pdfReaderUnavailable(words)
        case ("pdf-no-text", nil): return .pdfNoText
        case ("pdf-too-large", let rest?): return pdfLimit(rest).map(ImportError.Reason.pdfTooLarge)
        default: return nil
        }
    }

    private static func pdfLimit(_ stored: String) -> PDFLimit? {
        let words = stored.split(separator: " ", omittingEmptySubsequences: false)
        guard words.count == 3, let size = Int(words[1]), let limit = Int(words[2]) else { return nil }
        switch words[0] {
        case "megabytes": return .megabytes(size, limit: limit)
        case "pages": return .pages(size, limit: limit)
        default: return nil
        }
    }

    private static func storedForm(of problem: FileProblem) -> String {
        switch problem {
        case .system(let code): return "errno \(code)"
        case .folder: return "folder"
        case .notRegular(let kind): return "not-regular " + kind.rawValue
        }
    }

    private static func problem(_ stored: String) -> FileProblem? {
        switch split(stored) {
        case ("errno", let code?): return Int32(code).map(FileProblem.system)
        case ("folder", nil): return .folder
        case ("not-regular", let kind?): return FileKind(rawValue: kind).map(FileProblem.notRegular)
        default: return nil
        }
    }

    /// The first word and the rest after its space (nil without one).
    private static func split(_ text: String) -> (String, String?) {
        guard let space = text.firstIndex(of: " ") else { return (text, nil) }
        return (String(text[..<space]), String(text[text.index(after: space)...]))
    }
}
