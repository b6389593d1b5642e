import Foundation
import Testing

/// The command line in Dari and Pashto: its own messages by `--ui-language`, the configuration or the
/// locale variables, numbers in the language's digits; English by default.
@Suite struct CommandLanguageTests {
    @Test(
        "an unknown command is named in the chosen language",
        arguments: [
            (
                ["--ui-language", "fa", "serch"], [:],
                "azad: فرمان ناشناخته «serch» (منظورتان «search» بود؟)؛ فرمان‌ها: "
            ),
            (["--ui-language=ps", "lst"], [:], "azad: نامعلوم کمانډ «lst» (ستاسو مطلب «list» و؟)؛ کمانډونه: "),
            (["serch"], ["LC_ALL": "", "LANG": "fa_AF.UTF-8"], "azad: فرمان ناشناخته «serch»"),
            (["serch"], ["LC_ALL": "ps_AF.UTF-8"], "azad: نامعلوم کمانډ «serch»"),
            (
                ["--ui-language", "en", "serch"], ["LC_ALL": "fa_AF.UTF-8"],
                "azad: unknown command “serch” (did you mean"
            ),
            (["serch"], ["LC_ALL": "C.UTF-8"], "azad: unknown command “serch” (did you mean “search”?); "),
        ] as [([String], [String: String], String)])
    func unknownCommand(arguments: [String], environment: [String: String], prefix: String) throws {
        let result = try AzadProcess.run(arguments, environment: environment)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix(prefix), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func syncCountsInDariWithPersianDigits() throws {
        let folder = ScratchFolder()
        let arguments = ["sync", "--feed", ReaderHardeningTests.sampleFeed, "--cache-dir", folder.file("cache").path]
        let dari = try AzadProcess.run(arguments, environment: ["LC_ALL": "fa_AF.UTF-8"])
        #expect(dari.status == 0)
        #expect(dari.stdout == "۱۵ تازه، ۰ تغییریافته، ۰ حذف‌شده، ۰ ناخوانا؛ ۱۵ مقاله\n")
        let english = try AzadProcess.run(arguments, environment: ["LC_ALL": "C.UTF-8"])
        #expect(english.stdout == "0 new, 0 changed, 0 removed, 0 unreadable; 15 articles\n")
        let latin = try AzadProcess.run(arguments + ["--ui-language", "ps"], environment: ["LC_ALL": "C.UTF-8"])
        #expect(latin.stdout == "۰ نوې، ۰ بدلې شوې، ۰ لرې شوې، ۰ نه لوستل کېدونکې؛ ۱۵ مقالې\n")
    }
}
