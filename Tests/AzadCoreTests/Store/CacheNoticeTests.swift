import Testing

@testable import AzadCore

/// The notice of a cache file moved aside: its English as it always was, its Dari and Pashto the
/// catalogs', numbers in the language's digits and SQLite's words left as they are.
@Suite struct CacheNoticeTests {
    static let persian = Translation.load(.fa, environment: [:])
    static let pashto = Translation.load(.ps, environment: [:])

    static let notices: [(CacheNotice, String, String, String)] = [
        (
            CacheNotice(.damaged("file is not a database"), movedTo: "cache.sqlite.damaged"),
            "the cache file is damaged (file is not a database): moved it to cache.sqlite.damaged and started a new cache",
            "فایل کش خراب است (file is not a database): به cache.sqlite.damaged منتقل شد و کش تازه‌ای آغاز شد",
            "د کش فایل خراب دی (file is not a database): cache.sqlite.damaged ته یوړل شو او نوی کش پیل شو"
        ),
        (
            CacheNotice(.truncated(size: 40960, expected: 81920), movedTo: "cache.sqlite.damaged"),
            "the cache file is truncated (40960 of 81920 bytes): moved it to cache.sqlite.damaged and started a new cache",
            "فایل کش ناقص است (۴۰۹۶۰ از ۸۱۹۲۰ بایت): به cache.sqlite.damaged منتقل شد و کش تازه‌ای آغاز شد",
            "د کش فایل نیمگړی دی (۴۰۹۶۰ له ۸۱۹۲۰ بایټونو): cache.sqlite.damaged ته یوړل شو او نوی کش پیل شو"
        ),
        (
            CacheNotice(.newer, movedTo: "cache.sqlite.newer"),
            "the cache file was written by a newer azad: moved it to cache.sqlite.newer and started a new cache",
            "فایل کش را نسخهٔ تازه‌تری از azad نوشته است: به cache.sqlite.newer منتقل شد و کش تازه‌ای آغاز شد",
            "د کش فایل د azad یوې نوې نسخې لیکلی دی: cache.sqlite.newer ته یوړل شو او نوی کش پیل شو"
        ),
        // SQLite's words may carry anything a file name does; they are kept as they came.
        (
            CacheNotice(.damaged("disk image is malformed 文字 🙂 e\u{301}"), movedTo: "cache.sqlite.damaged"),
            "the cache file is damaged (disk image is malformed 文字 🙂 e\u{301}): moved it to cache.sqlite.damaged and started a new cache",
            "فایل کش خراب است (disk image is malformed 文字 🙂 e\u{301}): به cache.sqlite.damaged منتقل شد و کش تازه‌ای آغاز شد",
            "د کش فایل خراب دی (disk image is malformed 文字 🙂 e\u{301}): cache.sqlite.damaged ته یوړل شو او نوی کش پیل شو"
        ),
    ]

    @Test("each notice in English, Dari and Pashto", arguments: notices)
    func translated(notice: CacheNotice, english: String, dari: String, pashto: String) {
        #expect(notice.description == english)
        #expect(notice.description(in: Self.persian) == dari)
        #expect(notice.description(in: Self.pashto) == pashto)
    }

    @Test func latinDigitsWhenAskedFor() {
        let latin = Translation.load(.fa, digits: .latin, environment: [:])
        let notice = CacheNotice(.truncated(size: 512, expected: 1024), movedTo: "cache.sqlite.damaged")
        #expect(notice.description(in: latin).contains("(512 از 1024 بایت)"))
    }
}
