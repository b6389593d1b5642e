import AzadCore
import Foundation
import Testing

@testable import AzadUI

/// The library read straight from folders: an article's identity is its export's path.
@Suite struct FolderLibraryTests {
    static func write(_ text: String, to url: URL) throws { try Data(text.utf8).write(to: url) }

    /// Read marks and stars are kept by id: a file added in front of the others (by name and by
    /// date) leaves them on the articles they were given to.
    @Test(arguments: ["0-first.txt", "m-middle.txt", "۰-persian-digit.txt", "漢-cjk.txt"])
    func readMarksStayOnTheirArticlesWhenAFileIsAdded(added: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("azad-folder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.write("Water report\n\n2016-02-21\n\nThe river rose.\n", to: folder.appendingPathComponent("b.txt"))
        try Self.write("گزارش آب\n\n2016-02-22\n\nرودخانه بالا آمد.\n", to: folder.appendingPathComponent("c.txt"))
        try Self.write("د ښار خبر\n\n2016-02-23\n\nدا یوه لیکنه ده.\n", to: folder.appendingPathComponent("d.txt"))
        let library = FolderLibrary(folders: [folder])
        let memory = TransientReadingMemory()
        let reader = Reader(library: library, memory: memory)
        reader.start()
        let read = try #require(reader.state.rows.first { $0.path.hasSuffix("/c.txt") })
        let starred = try #require(reader.state.rows.first { $0.path.hasSuffix("/b.txt") })
        reader.state.list.select(try #require(reader.state.rows.firstIndex(of: read)))
        reader.handle(.character("u"))
        reader.state.list.select(try #require(reader.state.rows.firstIndex(of: starred)))
        reader.handle(.character("s"))

        try Self.write("Newest news 🙂\n\n2016-03-01\n\nAdded later.\n", to: folder.appendingPathComponent(added))
        try library.sync { _ in }
        let again = Reader(library: library, memory: memory)
        again.start()
        #expect(again.state.rows.count == 4)
        let readPaths = again.state.rows.filter { again.state.read.contains($0.id) }.map(\.path)
        let starredPaths = again.state.rows.filter { again.state.starred.contains($0.id) }.map(\.path)
        #expect(readPaths == [read.path])
        #expect(starredPaths == [starred.path])
    }

    @Test(arguments: ["/feed/a.txt", "/feed/آب.txt", "/feed/ښار.txt", "/feed/漢字.txt", "/feed/e\u{301}.txt"])
    func anIdIsPositiveAndFollowsThePathAlone(path: String) {
        let id = FolderLibrary.id(ofPath: path)
        #expect(id > 0)
        #expect(id == FolderLibrary.id(ofPath: path))
        #expect(id != FolderLibrary.id(ofPath: path + "x"))
    }
}
