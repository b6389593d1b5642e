import Foundation
import Synchronization
import Testing

@testable import AzadCore

@Suite struct QuoteExporterTests {
    static func entry(_ text: String, number: Int = 0) -> QuoteEntry {
        QuoteEntry(
            text: text, title: "آزمون \(number)", authors: ["Writer"], date: CivilDate(year: 2016, month: 2, day: 21),
            section: "سیاسی", source: "http://example.org/\(number)", path: "/e/\(number).txt", language: "fa",
            exportedAt: Date(timeIntervalSince1970: 1_795_000_000))
    }

    @Test func createsPrivateFoldersAndFile() throws {
        let scratch = ScratchFolder()
        let file = scratch.url.appendingPathComponent("new/deeper/clipboard.txt")
        try QuoteExporter(file: file).append(Self.entry("نیم‌فاصله"))
        let folder = try FileManager.default.attributesOfItem(atPath: file.deletingLastPathComponent().path)
        let parent = try FileManager.default.attributesOfItem(atPath: scratch.url.appendingPathComponent("new").path)
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((folder[.posixPermissions] as? Int) == 0o700)
        #expect((parent[.posixPermissions] as? Int) == 0o700)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func appendsAfterWhatIsThereAndKeepsItsMode() throws {
        let scratch = ScratchFolder()
        let file = scratch.file("clipboard.txt")
        let earlier = "notes the reader wrote before\n"
        try Data(earlier.utf8).write(to: file)
        chmod(file.path, 0o640)
        let first = Self.entry("یک", number: 1)
        let second = Self.entry("two", number: 2)
        try QuoteExporter(file: file).append(first)
        try QuoteExporter(file: file).append(second)
        let contents = try String(contentsOf: file, encoding: .utf8)
        #expect(contents == earlier + first.formatted() + second.formatted())
        #expect(try QuoteEntry.parse(contents) == [first, second])
        #expect((try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int) == 0o640)
    }

    @Test func concurrentWritersInterleaveWholeEntries() throws {
        let scratch = ScratchFolder()
        let file = scratch.file("clipboard.txt")
        let writers = 8
        let perWriter = 25
        // Long, multi-line texts make a torn write visible.
        let body = String(repeating: "آزادی بیان و ژبه د ولس ده. ", count: 40)
        let failures = Mutex(0)
        // One thread per writer, each held at a gate until all exist: a dispatch pool would run
        // about as many at a time as there are cores, two on a small machine.
        let ready = DispatchSemaphore(value: 0)
        let go = DispatchSemaphore(value: 0)
        let finished = DispatchGroup()
        for writer in 0..<writers {
            finished.enter()
            Thread {
                ready.signal()
                go.wait()
                for index in 0..<perWriter {
                    let number = writer * 1000 + index
                    do {
                        try QuoteExporter(file: file).append(
                            Self.entry("\(number)\n\(body)\n\(number)", number: number))
                    } catch {
                        failures.withLock { $0 += 1 }
                    }
                }
                finished.leave()
            }.start()
        }
        for _ in 0..<writers { ready.wait() }
        for _ in 0..<writers { go.signal() }
        finished.wait()
        #expect(failures.withLock { $0 } == 0)
        let entries = try QuoteEntry.parse(try String(contentsOf: file, encoding: .utf8))
        #expect(entries.count == writers * perWriter)
        let numbers = Set(entries.map { Int($0.text.prefix { $0 != "\n" })! })
        #expect(numbers.count == writers * perWriter)
        for entry in entries {
            let number = entry.text.prefix { $0 != "\n" }
            #expect(entry.text == "\(number)\n\(body)\n\(number)")
            #expect(entry.title == "آزمون \(number)")
        }
    }

    @Test func aFolderInPlaceOfTheFileIsAClearFailure() throws {
        let scratch = ScratchFolder()
        let folder = scratch.file("clipboard.txt")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        #expect(throws: QuoteExportError(file: folder.path, reason: "it is a folder")) {
            try QuoteExporter(file: folder).append(Self.entry("x"))
        }
    }

    @Test func aFileInPlaceOfTheFolderIsAClearFailure() throws {
        let scratch = ScratchFolder()
        let blocker = scratch.file("data")
        try Data("not a folder".utf8).write(to: blocker)
        let file = blocker.appendingPathComponent("azad/clipboard.txt")
        #expect(throws: QuoteExportError(file: file.path, reason: "\(blocker.path) is not a folder")) {
            try QuoteExporter(file: file).append(Self.entry("x"))
        }
        #expect(try String(contentsOf: blocker, encoding: .utf8) == "not a folder")
    }

    @Test func aFullDiskIsAClearFailure() throws {
        // /dev/full fails every write with ENOSPC, as a full file system does.
        let file = URL(fileURLWithPath: "/dev/full")
        #expect(throws: QuoteExportError(file: "/dev/full", reason: "the disk is full")) {
            try QuoteExporter(file: file).append(Self.entry("بیا"))
        }
    }

    @Test func anEmptyQuoteIsRefusedAndCreatesNothing() throws {
        let scratch = ScratchFolder()
        let file = scratch.url.appendingPathComponent("sub/clipboard.txt")
        #expect(throws: QuoteExportError(file: file.path, reason: "the quote is empty")) {
            try QuoteExporter(file: file).append(Self.entry(""))
        }
        #expect(!FileManager.default.fileExists(atPath: file.deletingLastPathComponent().path))
    }
}
