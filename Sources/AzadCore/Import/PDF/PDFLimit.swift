/// Which of a PDF's sizes is beyond what an article takes, and by how much.
public enum PDFLimit: Sendable, Hashable, CustomStringConvertible {
    /// The file is `size` MB, more than `limit` MB (`PDFImport.largestFile`).
    case megabytes(Int, limit: Int)
    /// The document has `count` pages, more than `limit` (`PDFImport.mostPages`).
    case pages(Int, limit: Int)

    public var description: String { description(in: .english) }

    /// The sizes in `translation`'s language and digits.
    public func description(in translation: Translation) -> String {
        switch self {
        case .megabytes(let size, let limit):
            return translation.tr(
                "{size} MB, more than the {limit} MB an article takes", ["size": size, "limit": limit])
        case .pages(let count, let limit):
            return translation.trn(
                "{count} page, more than the {limit} an article takes",
                "{count} pages, more than the {limit} an article takes", count: count, ["limit": limit])
        }
    }
}
