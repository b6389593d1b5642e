import Foundation
import GRDB
import Testing

@testable import AzadCore

/// Why an export is unreadable, as a structured reason: its English unchanged, its Dari and Pashto
/// the catalogs', its stored form read back the same, and through the cache to the interface.
@Suite struct UnreadableReasonTests {
    static let persian = Translation.load(.fa, environment: [:])
    static let pashto = Translation.load(.ps, environment: [:])

    /// Each kind of reason, with its English and the Dari and Pashto the catalogs hold.
    static let reasons: [(UnreadableReason, String, String, String)] = [
        (
            .import(.empty), "the file is empty, there is no article in it",
            "فایل خالی است، مقاله‌ای در آن نیست", "فایل تش دی، مقاله پکې نشته"
        ),
        (
            .import(.binary), "the file is binary, not a text export", "فایل دودویی است، نه یک خروجی متنی",
            "فایل باینري دی، متني صادره نه ده"
        ),
        (
            .import(.unreadable(.system(EACCES))), "cannot read the file: permission denied",
            "فایل خوانده نمی‌شود: اجازه داده نشد", "فایل نه لوستل کېږي: اجازه نشته"
        ),
        (
            .import(.unreadable(.folder)), "cannot read the file: it is a folder",
            "فایل خوانده نمی‌شود: این یک پوشه است", "فایل نه لوستل کېږي: دا فولډر دی"
        ),
        (
            .import(.pdfDamaged("it has no pages")), "the PDF is damaged, skipped: it has no pages",
            "PDF خراب است، از آن گذشتیم: هیچ صفحه‌ای ندارد", "PDF خراب دی، پرېښودل شو: هېڅ پاڼه نه لري"
        ),
        (
            .import(.pdfReaderUnavailable("libpoppler-glib.so.8: cannot open shared object file")),
            "poppler-glib, which reads PDFs, cannot be loaded: libpoppler-glib.so.8: cannot open shared object file",
            "poppler-glib که PDFها را می‌خواند، بار نمی‌شود: libpoppler-glib.so.8: cannot open shared object file",
            "poppler-glib چې PDFونه لولي، نه بارېږي: libpoppler-glib.so.8: cannot open shared object file"
        ),
        (
            .import(.pdfTooLarge(.pages(501, limit: 500))),
            "the PDF is too large for an article (501 pages, more than the 500 an article takes), skipped",
            "PDF برای یک مقاله بیش از حد بزرگ است (۵۰۱ صفحه، بیش از ۵۰۰ صفحه‌ای که یک مقاله می‌گیرد)، از آن گذشتیم",
            "PDF د یوې مقالې لپاره ډېر لوی دی (۵۰۱ پاڼې، له هغو ۵۰۰ پاڼو ډېرې چې یوه مقاله یې اخلي)، پرېښودل شو"
        ),
        (
            .import(.pdfTooLarge(.megabytes(65, limit: 64))),
            "the PDF is too large for an article (65 MB, more than the 64 MB an article takes), skipped",
            "PDF برای یک مقاله بیش از حد بزرگ است (۶۵ مگابایت، بیش از ۶۴ مگابایتی که یک مقاله می‌گیرد)، از آن گذشتیم",
            "PDF د یوې مقالې لپاره ډېر لوی دی (۶۵ میګابایټه، له هغو ۶۴ میګابایټو ډېر چې یوه مقاله یې اخلي)، پرېښودل شو"
        ),
        (
            .entry(.notRegular(.fifo)), "not a regular file: a fifo", "فایل عادی نیست: یک لولهٔ نام‌دار (fifo)",
            "عادي فایل نه دی: نومول شوی پایپ (fifo)"
        ),
        (
            .entry(.notRegular(.characterDevice)), "not a regular file: a character device",
            "فایل عادی نیست: یک دستگاه نویسه‌ای", "عادي فایل نه دی: د تورو وسیله"
        ),
        (.entry(.system(ELOOP)), "a symbolic link loop", "حلقهٔ پیوندهای نمادین", "د سمبولیک لینکونو کړۍ"),
        (
            .folderUnopened(.system(EACCES)), "cannot open the folder: permission denied",
            "پوشه باز نمی‌شود: اجازه داده نشد", "فولډر نه پرانیستل کېږي: اجازه نشته"
        ),
        (
            .linkLoop(leadsBackTo: "/خبرها/کابل 🌧"), "a symbolic link loop: it leads back to /خبرها/کابل 🌧",
            "حلقهٔ پیوند نمادین: دوباره به /خبرها/کابل 🌧 می‌رسد", "د سمبولیک لینک کړۍ: بېرته /خبرها/کابل 🌧 ته ځي"
        ),
        (
            .danglingLink, "a dangling symbolic link: what it points to does not exist",
            "پیوند نمادین بی‌مقصد: آنچه به آن اشاره می‌کند وجود ندارد",
            "ځوړند سمبولیک لینک: هغه څه چې ورته اشاره کوي نشته"
        ),
        (
            .vanished, "it vanished while the folder was being read", "هنگام خواندن پوشه ناپدید شد",
            "د فولډر د لوستلو پر مهال ورک شو"
        ),
        // Words without a structure (an older azad's row) are shown as they are, in every language.
        (
            .text("not UTF-8, 文字 e\u{301}"), "not UTF-8, 文字 e\u{301}", "not UTF-8, 文字 e\u{301}",
            "not UTF-8, 文字 e\u{301}"
        ),
    ]

    @Test("each reason in English, Dari and Pashto", arguments: reasons)
    func translated(reason: UnreadableReason, english: String, dari: String, pashto: String) {
        #expect(reason.description == english)
        #expect(reason.description(in: .english) == english)
        #expect(reason.description(in: Self.persian) == dari)
        #expect(reason.description(in: Self.pashto) == pashto)
    }

    @Test("the stored form reads back as the same reason", arguments: reasons)
    func storedFormRoundTrip(reason: UnreadableReason, english: String, dari: String, pashto: String) {
        let read = UnreadableReason(storedForm: reason.storedForm, english: english)
        #expect(read == reason)
        #expect(read.description == english)
    }

    @Test(
        "a stored form this azad cannot read is the English words as they are",
        arguments: [nil, "", "errno", "entry errno x", "entry not-regular teapot", "cannot-read", "🙂 \u{1B}[2J"])
    func unknownStoredForm(stored: String?) {
        #expect(UnreadableReason(storedForm: stored, english: "کلمات old") == .text("کلمات old"))
    }

    @Test func storedFormsAreStable() {
        #expect(UnreadableReason.import(.unreadable(.system(2))).storedForm == "cannot-read errno 2")
        #expect(UnreadableReason.entry(.notRegular(.blockDevice)).storedForm == "entry not-regular block-device")
        #expect(UnreadableReason.linkLoop(leadsBackTo: "/a b").storedForm == "link-loop-back /a b")
        #expect(UnreadableReason.import(.noArticle).storedForm == "no-article")
        #expect(
            UnreadableReason.import(.pdfTooLarge(.pages(501, limit: 500))).storedForm == "pdf-too-large pages 501 500")
        #expect(UnreadableReason.text("x").storedForm == nil)
    }

    @Test("a sync keeps each reason's structure in the cache")
    func throughTheCache() throws {
        let scratch = ScratchFolder()
        let feed = scratch.file("feed")
        try FileManager.default.createDirectory(at: feed, withIntermediateDirectories: true)
        try Data().write(to: feed.appendingPathComponent("خالی.txt"))
        try Data([0, 0, 1, 2]).write(to: feed.appendingPathComponent("二進制.txt"))
        #expect(mkfifo(feed.appendingPathComponent("fifo.txt").path, 0o644) == 0)
        try FileManager.default.createSymbolicLink(
            atPath: feed.appendingPathComponent("dangling.txt").path, withDestinationPath: "gone.txt")
        let cache = try ArticleCache(directory: scratch.file("cache"))
        let expected: [SyncReport.Unreadable] = [
            .init(path: feed.appendingPathComponent("dangling.txt").path, .danglingLink),
            .init(path: feed.appendingPathComponent("fifo.txt").path, .entry(.notRegular(.fifo))),
            .init(path: feed.appendingPathComponent("خالی.txt").path, .import(.empty)),
            .init(path: feed.appendingPathComponent("二進制.txt").path, .import(.binary)),
        ]
        let report = try cache.sync(feeds: [feed])
        #expect(report.unreadable.map(\.cause) == expected.map(\.cause))
        #expect(try cache.unreadable().map(\.cause) == expected.map(\.cause))
        #expect(try cache.unreadable().map(\.path) == expected.map(\.path))
        // A sync that reads nothing again reports the same reasons from the cache.
        let again = try cache.sync(feeds: [feed])
        #expect(again.unreadable.map(\.cause) == expected.map(\.cause))
    }

    @Test("an older cache's English reason shows as it is, and is replaced when the file is read again")
    func olderRow() throws {
        let scratch = ScratchFolder()
        let feed = scratch.file("feed")
        try FileManager.default.createDirectory(at: feed, withIntermediateDirectories: true)
        let file = feed.appendingPathComponent("خالی.txt")
        try Data().write(to: file)
        let directory = scratch.file("cache")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let pool = try DatabasePool(path: directory.appendingPathComponent("cache.sqlite").path)
        // The schema an azad without the stored form left, with one row of its English words.
        try ArticleCache.migrator.migrate(pool, upTo: "list-pdfs")
        try pool.write { db in
            try db.execute(
                sql: "INSERT INTO unreadable(path, size, modified, reason) VALUES (?, 0, 0, ?)",
                arguments: [file.path, "the file is empty (written by an older azad)"])
            try db.execute(
                sql: "INSERT INTO meta(key, value) VALUES('folding', ?)", arguments: [String(Folding.version)])
        }
        try pool.close()
        let cache = try ArticleCache(directory: directory)
        let old = try #require(try cache.unreadable().first)
        #expect(old.cause == .text("the file is empty (written by an older azad)"))
        #expect(old.cause.description(in: Self.persian) == "the file is empty (written by an older azad)")
        let report = try cache.sync(feeds: [feed])
        #expect(report.unreadable.map(\.cause) == [.import(.empty)])
        #expect(try cache.unreadable().map(\.cause) == [.import(.empty)])
    }

    @Test("entries are equal when they name one path for the same English words")
    func equality() {
        let structured = SyncReport.Unreadable(path: "/feed/a.txt", .import(.empty))
        #expect(structured == .init(path: "/feed/a.txt", reason: "the file is empty, there is no article in it"))
        #expect(structured != .init(path: "/feed/a.txt", reason: "the file is binary, not a text export"))
        #expect(structured != .init(path: "/feed/b.txt", .import(.empty)))
    }
}
