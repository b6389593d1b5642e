import AzadCore
import Foundation

/// The reader's read and starred marks, by export path, as `list` and `search` print and filter them.
struct ReadingMarks {
    var read: Set<String> = []
    var starred: Set<String> = []

    /// No marks: what a command that neither prints nor filters by them holds.
    init() {}

    /// The marks kept in `directory`; none when the reader has never saved any there (the state is
    /// read, never created, by a listing).
    init(directory: URL) throws {
        guard FileManager.default.fileExists(atPath: directory.appendingPathComponent("state.sqlite").path) else {
            return
        }
        let state = try ReadingState(directory: directory)
        read = try state.readPaths()
        starred = try state.starredPaths()
    }
}
