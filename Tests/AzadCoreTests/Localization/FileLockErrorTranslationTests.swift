import Foundation
import Testing

@testable import AzadCore

/// A lock file that cannot be opened: Foundation's English as before, the lock file and the
/// `errno` in words in Dari and Pashto, through the cache and the library.
@Suite struct FileLockErrorTranslationTests {
    @Test func aLockFileThatIsAFolder() throws {
        let scratch = ScratchFolder()
        let directory = scratch.file("کش")
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("schema.lock"), withIntermediateDirectories: true)
        let error = #expect(throws: FileLockError.self) { try ArticleCache(directory: directory) }
        let lock = directory.appendingPathComponent("schema.lock").path
        #expect(error == FileLockError(path: lock, code: EISDIR))
        // Foundation's description of the file error, as azad wrote it; its user info's order varies
        // from one description to the next, so each part is looked for.
        let parts = [
            "Error Domain=NSCocoaErrorDomain Code=513 ", "NSFilePath=\(lock)", "NSLocalizedDescription=Is a directory",
        ]
        let english = try #require(error?.description)
        #expect(parts.allSatisfy(english.contains), "\(english)")
        #expect(parts.allSatisfy((error?.description(in: .english) ?? "").contains))
        let persian = Translation.load(.fa, environment: [:])
        let pashto = Translation.load(.ps, environment: [:])
        #expect(error?.description(in: persian) == "فایل قفل \(lock) باز نمی‌شود: این یک پوشه است")
        #expect(error?.description(in: pashto) == "د قلف فایل \(lock) نه پرانیستل کېږي: دا فولډر دی")
        let library = LibraryError.cacheUnavailable(directory: directory.path, reason: english, lock: error)
        #expect(library.description == "cannot open the cache in \(directory.path): \(english)")
        #expect(library.description(in: .english) == "cannot open the cache in \(directory.path): \(english)")
        #expect(
            library.description(in: persian)
                == "کش در \(directory.path) باز نمی‌شود: فایل قفل \(lock) باز نمی‌شود: این یک پوشه است")
    }
}
