import Foundation
import Testing

@testable import AzadCore

/// An `errno` said in the interface's language: English as azad always wrote it, Dari and Pashto
/// the catalogs' for the errors a reader meets, `strerror`'s English for the rest.
@Suite struct SystemErrorTranslationTests {
    static let persian = Translation.load(.fa, environment: [:])
    static let pashto = Translation.load(.ps, environment: [:])

    @Test(
        "a file problem in English, Dari and Pashto",
        arguments: [
            (FileProblem.system(ENOENT), "no such file", "چنین فایلی وجود ندارد", "داسې فایل نشته"),
            (.system(EACCES), "permission denied", "اجازه داده نشد", "اجازه نشته"),
            (.system(EPERM), "permission denied", "اجازه داده نشد", "اجازه نشته"),
            (.system(EISDIR), "it is a folder", "این یک پوشه است", "دا فولډر دی"),
            (.system(ELOOP), "a symbolic link loop", "حلقهٔ پیوندهای نمادین", "د سمبولیک لینکونو کړۍ"),
            (.system(ENOTDIR), "not a directory", "بخشی از مسیر پوشه نیست", "د لارې یوه برخه فولډر نه دی"),
            (.system(ENOSPC), "no space left on device", "دیسک پر است", "ډیسک ډک دی"),
            (.system(EROFS), "read-only file system", "سیستم فایل فقط‌خواندنی است", "فایل سیسټم یوازې د لوستلو دی"),
            (.system(ENAMETOOLONG), "file name too long", "مسیر بیش از حد دراز است", "لار ډېره اوږده ده"),
            (.system(EIO), "input/output error", "خطای ورودی/خروجی", "د ننوتو/وتو تېروتنه"),
            (.system(EMFILE), "too many open files", "فایل‌های باز بیش از حد زیاد اند", "ډېر فایلونه پرانیستي دي"),
            (
                .system(ENFILE), "too many open files in system", "فایل‌های باز بیش از حد زیاد اند",
                "ډېر فایلونه پرانیستي دي"
            ),
            (.system(ETXTBSY), "text file busy", "فایل مصروف است", "فایل بوخت دی"),
            (.system(EEXIST), "file exists", "فایل از قبل وجود دارد", "فایل دمخه شته"),
            (.system(EDQUOT), "disk quota exceeded", "سهمیهٔ دیسک تمام شده است", "د ډیسک ونډه پای ته رسېدلې ده"),
            (.system(EFBIG), "file too large", "فایل به حد اندازه رسیده است", "فایل د اندازې پولې ته رسېدلی دی"),
            (.system(ENOMEM), "cannot allocate memory", "حافظه تمام شد", "حافظه پای ته ورسېده"),
            (.system(EINVAL), "invalid argument", "آرگومان نامعتبر", "ناسم آرګومنټ"),
            (.folder, "it is a folder", "این یک پوشه است", "دا فولډر دی"),
            (
                .notRegular(.socket), "not a regular file: a socket", "فایل عادی نیست: یک سوکت",
                "عادي فایل نه دی: یو ساکټ"
            ),
        ])
    func fileProblem(problem: FileProblem, english: String, dari: String, pashto: String) {
        #expect(problem.description == english)
        #expect(problem.description(in: .english) == english)
        #expect(problem.description(in: Self.persian) == dari)
        #expect(problem.description(in: Self.pashto) == pashto)
    }

    @Test("an errno without a message of its own is strerror's English in every language")
    func fallback() {
        let error = SystemError(EDOM)
        #expect(error.description == String(cString: strerror(EDOM)))
        #expect(error.description(in: Self.persian) == error.description)
        #expect(error.description(in: Self.pashto) == error.description)
        #expect(FileProblem.system(EDOM).description(in: Self.persian) == FileProblem.system(EDOM).description)
    }

    @Test func everyMessageIsInBothCatalogs() {
        let codes: [Int32] = [
            ENOENT, EACCES, EPERM, EISDIR, ENOTDIR, ENOSPC, EDQUOT, EFBIG, EROFS, ELOOP, ENAMETOOLONG, EIO, EMFILE,
            ENFILE, ETXTBSY, EBUSY, EEXIST, ENOMEM, EINVAL, ENXIO, ENODEV, ESTALE, EAGAIN, EINTR,
        ]
        for code in codes {
            let message = SystemError.message(code)
            #expect(message != nil, "\(code)")
            let english = SystemError(code).description(in: .english)
            #expect(english == String(cString: strerror(code)))
            for translation in [Self.persian, Self.pashto] {
                let said = SystemError(code).description(in: translation)
                #expect(said != english && said != message, "\(code) in \(translation.language)")
            }
        }
    }

    @Test(
        "a quote that cannot be saved says why in the interface's language",
        arguments: [
            (
                QuoteExportError(file: "/دفتر/q.txt", words: QuoteExportError.reason(errno: ENOSPC, folder: "/دفتر")),
                "cannot save the quote to /دفتر/q.txt: the disk is full",
                "نقل‌قول در /دفتر/q.txt ذخیره نمی‌شود: دیسک پر است"
            ),
            (
                QuoteExportError(file: "/d/q.txt", words: QuoteExportError.reason(errno: EACCES, folder: "/d")),
                "cannot save the quote to /d/q.txt: the folder /d is not writable",
                "نقل‌قول در /d/q.txt ذخیره نمی‌شود: در پوشهٔ /d نوشته نمی‌شود"
            ),
            (
                QuoteExportError(file: "/d/q.txt", words: QuoteExportError.reason(errno: EIO, folder: "/d")),
                "cannot save the quote to /d/q.txt: input/output error",
                "نقل‌قول در /d/q.txt ذخیره نمی‌شود: خطای ورودی/خروجی"
            ),
            (
                QuoteExportError(file: "/d/q.txt", reason: Translation.noop("the quote is empty")),
                "cannot save the quote to /d/q.txt: the quote is empty",
                "نقل‌قول در /d/q.txt ذخیره نمی‌شود: نقل‌قول خالی است"
            ),
        ])
    func quoteError(error: QuoteExportError, english: String, dari: String) {
        #expect(error.description == english)
        #expect(error.description(in: Self.persian) == dari)
        #expect(error.description(in: Self.pashto) != english)
    }

    @Test func feedWatcherError() {
        let error = FeedWatcherError.unavailable(.system(EMFILE))
        #expect(error.description == "cannot watch the feed folders: too many open files")
        #expect(
            error.description(in: Self.persian) == "پوشه‌های فید زیر نظر گرفته نمی‌شوند: فایل‌های باز بیش از حد زیاد اند")
        #expect(error.description(in: Self.pashto) == "د فیډ فولډرونه نه شي څارل کېدای: ډېر فایلونه پرانیستي دي")
    }
}
