import Foundation
import Testing

/// A damaged cache is moved aside with one line on stderr in the interface's language, and the
/// command still does its work.
@Suite struct CacheNoticeLanguageTests {
    @Test(
        "a cache overwritten with garbage is named in the language",
        arguments: [
            (
                "fa",
                "azad: فایل کش خراب است (file is not a database): به cache.sqlite.damaged منتقل شد و کش تازه‌ای آغاز شد\n"
            ),
            (
                "ps",
                "azad: د کش فایل خراب دی (file is not a database): cache.sqlite.damaged ته یوړل شو او نوی کش پیل شو\n"
            ),
            (
                "en",
                "azad: the cache file is damaged (file is not a database): moved it to cache.sqlite.damaged and started a new cache\n"
            ),
        ])
    func garbageCache(language: String, expected: String) throws {
        let scratch = ScratchFolder()
        let cache = scratch.file("کش 文字")
        let arguments = [
            "list", "--feed", HardeningCommandTests.sampleFeed.path, "--cache-dir", cache.path, "--ui-language",
            language,
        ]
        let first = try AzadProcess.run(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        let file = cache.appendingPathComponent("cache.sqlite")
        for extra in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: file.path + extra) }
        try Data(repeating: 0xA5, count: 8192).write(to: file)
        let second = try AzadProcess.run(arguments)
        #expect(second.status == 0)
        #expect(second.stderr == expected)
        #expect(second.stdout == first.stdout)
    }
}
