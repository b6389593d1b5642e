import Foundation
import Testing

/// `azad sync` names each unreadable export with its reason in the chosen language, from a sync's
/// own reading and from the cache; a row an older azad wrote shows its English words until the file
/// is read again. A TOML syntax error is said in the language too.
@Suite struct UnreadableLanguageCommandTests {
    /// A feed of an empty export, a fifo and a dangling link, Persian and CJK in the names.
    static func makeFeed(in folder: ScratchFolder) throws -> URL {
        let feed = folder.file("خبرها")
        try FileManager.default.createDirectory(at: feed, withIntermediateDirectories: true)
        try Data().write(to: feed.appendingPathComponent("خالی.txt"))
        #expect(mkfifo(feed.appendingPathComponent("管道.txt").path, 0o644) == 0)
        try FileManager.default.createSymbolicLink(
            atPath: feed.appendingPathComponent("link.txt").path, withDestinationPath: "gone.txt")
        return feed
    }

    @Test(
        "each unreadable export with its reason in the language",
        arguments: [
            (
                "fa", "ناخوانا", "پیوند نمادین بی‌مقصد: آنچه به آن اشاره می‌کند وجود ندارد",
                "فایل خالی است، مقاله‌ای در آن نیست", "فایل عادی نیست: یک لولهٔ نام‌دار (fifo)",
                "۰ تازه، ۰ تغییریافته، ۰ حذف‌شده، ۳ ناخوانا؛ ۰ مقاله\n"
            ),
            (
                "ps", "نه لوستل کېدونکی", "ځوړند سمبولیک لینک: هغه څه چې ورته اشاره کوي نشته",
                "فایل تش دی، مقاله پکې نشته", "عادي فایل نه دی: نومول شوی پایپ (fifo)",
                "۰ نوې، ۰ بدلې شوې، ۰ لرې شوې، ۳ نه لوستل کېدونکې؛ ۰ مقالې\n"
            ),
            (
                "en", "unreadable", "a dangling symbolic link: what it points to does not exist",
                "the file is empty, there is no article in it", "not a regular file: a fifo",
                "0 new, 0 changed, 0 removed, 3 unreadable; 0 articles\n"
            ),
        ])
    func sync(language: String, label: String, dangling: String, empty: String, fifo: String, counts: String) throws {
        let folder = ScratchFolder()
        let feed = try Self.makeFeed(in: folder)
        let arguments = [
            "sync", "--feed", feed.path, "--cache-dir", folder.file("cache").path, "--ui-language", language,
        ]
        let expected = [
            "azad: \(label): \(feed.path)/link.txt: \(dangling)\n",
            "azad: \(label): \(feed.path)/خالی.txt: \(empty)\n",
            "azad: \(label): \(feed.path)/管道.txt: \(fifo)\n",
        ].joined()
        // The first sync reads the files; the second finds the folders unchanged and reports the
        // reasons the cache holds.
        for _ in 0..<2 {
            let result = try AzadProcess.run(arguments, environment: ["LC_ALL": "C.UTF-8"])
            #expect(result.status == 0)
            #expect(result.stderr == expected, "\(result.stderr)")
            #expect(result.stdout == counts)
        }
    }

    @Test("an older cache's English reason still shows, and is said in the language once the file is read again")
    func olderRow() throws {
        let folder = ScratchFolder()
        let feed = folder.file("feed")
        try FileManager.default.createDirectory(at: feed, withIntermediateDirectories: true)
        let file = feed.appendingPathComponent("خالی.txt")
        try Data().write(to: file)
        // An hour old, so that the next sync trusts the fingerprints and reads no file again.
        var hourAgo = [timespec](
            repeating: timespec(tv_sec: Int(Date().timeIntervalSince1970) - 3600, tv_nsec: 0), count: 2)
        for path in [file.path, feed.path] { #expect(utimensat(AT_FDCWD, path, &hourAgo, 0) == 0) }
        let cache = folder.file("cache")
        let arguments = ["sync", "--feed", feed.path, "--cache-dir", cache.path, "--ui-language", "fa"]
        #expect(try AzadProcess.run(arguments).status == 0)
        // What an azad without the stored form wrote: the English words alone.
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [
            cache.appendingPathComponent("cache.sqlite").path,
            "UPDATE unreadable SET code = NULL, reason = 'the file is empty, there is no article in it (old)'",
        ]
        try sqlite.run()
        sqlite.waitUntilExit()
        #expect(sqlite.terminationStatus == 0)
        let old = try AzadProcess.run(arguments)
        #expect(old.status == 0)
        #expect(old.stderr == "azad: ناخوانا: \(file.path): the file is empty, there is no article in it (old)\n")
        // The file changes (still no article): read again, its reason is stored and said in Dari.
        try Data(" \n".utf8).write(to: file)
        let again = try AzadProcess.run(arguments)
        #expect(again.status == 0)
        #expect(again.stderr == "azad: ناخوانا: \(file.path): فایل خالی است، مقاله‌ای در آن نیست\n", "\(again.stderr)")
    }

    @Test(
        "a TOML syntax error in the language",
        arguments: [
            ("fa", "نحو TOML: فایل پیش از پایان فهرست تمام می‌شود (ستون 13)"),
            ("ps", "د TOML جوړښت: فایل د لړۍ له پای مخکې پای ته رسېږي (ستون 13)"),
            ("en", "TOML syntax: Error while parsing array: encountered end-of-file (column 13)"),
        ])
    func tomlSyntax(language: String, message: String) throws {
        let folder = ScratchFolder()
        let file = folder.file("پیکربندی.toml")
        try Data("\nfeeds = [\"a\"".utf8).write(to: file)
        let result = try AzadProcess.run(
            ["list", "--config", file.path, "--ui-language", language, "--cache-dir", folder.file("cache").path],
            environment: ["LC_ALL": "C.UTF-8"])
        #expect(result.status == 1)
        #expect(result.stderr == "azad: \(file.path):2: \(message)\n", "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }
}
