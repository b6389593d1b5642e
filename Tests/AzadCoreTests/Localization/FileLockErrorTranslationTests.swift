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
        let english =
            "\(CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: lock, NSLocalizedDescriptionKey: "Is a directory"]))"
        #expect(error?.description == english)
        #expect(error?.description(in: .english) == english)
        let persian = Translation.load(.fa, environment: [:])
        let pashto = Translation.load(.ps, environment: [:])
        #expect(error?.description(in: persian) == "فایل قفل \(lock) باز نمی‌شود: این یک پوشه است")
        #expect(error?.description(in: pashto) == "د قلف فایل \(lock) نه پرانیستل کېږي: دا فولډر دی")
        let library = LibraryError.cacheUnavailable(directory: directory.path, reason: english, lock: error)
        #expect(library.description == "cannot open the cache in \(directory.path): \(english)")
        #expect(
            library.description(in: persian)
                == "کش در \(directory.path) باز نمی‌شود: فایل قفل \(lock) باز نمی‌شود: این یک پوشه است")
    }
}
