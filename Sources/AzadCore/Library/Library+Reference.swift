import Foundation

extension Library {
    /// The article `reference` names, looked up in one order:
    ///
    /// 1. an export file that exists, parsed as it is now (the cache is not opened);
    /// 2. a number, as a cache id (`azad list` shows them);
    /// 3. a path the cache holds (a file since removed from the feed, or named another way).
    ///
    /// A file first, because a file is what the user can see; a cache id when no such file exists.
    public func resolve(_ reference: String) throws -> Article {
        // A folder counts as a file here: the parser says why it cannot be read.
        if FileManager.default.fileExists(atPath: reference) {
            do {
                return try ExportParser.parse(contentsOf: URL(fileURLWithPath: reference))
            } catch let error as ImportError {
                throw LibraryError.unreadable(error.path == nil ? error.at(reference) : error)
            }
        }
        if let id = Int64(reference) {
            guard let article = try cache().article(id: id) else { throw LibraryError.noSuchID(id) }
            return article
        }
        if let article = try cache().article(path: reference) { return article }
        throw LibraryError.notFound(reference)
    }
}
