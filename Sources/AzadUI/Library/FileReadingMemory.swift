import AzadCore
import Foundation

/// Keeps the reading record as a JSON file in the data folder, replaced atomically on each save.
public struct FileReadingMemory: ReadingMemory {
    public let file: URL

    public init(file: URL) { self.file = file }

    public func load() -> ReadingRecord {
        guard let data = try? Data(contentsOf: file),
            let record = try? JSONDecoder().decode(ReadingRecord.self, from: data)
        else { return ReadingRecord() }
        return record
    }

    public func save(_ record: ReadingRecord) throws {
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try encoder.encode(record).write(to: file, options: [.atomic])
    }
}
