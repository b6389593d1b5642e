import Foundation
import Testing

/// Errors built in AzadCore in the command line's language: a configuration's wrong key and wrong
/// value, a missing feed folder; the file, line and key as written, English unchanged.
@Suite struct CommandErrorLanguageTests {
    @Test(
        "a configuration error in the chosen language",
        arguments: [
            ("colour = 1\n", "fa", "1: colour: تنظیم ناشناخته (شناخته‌شده‌ها: feeds, "),
            ("colour = 1\n", "ps", "1: colour: ناپېژندل شوې امستنه (پېژندل شوې: feeds, "),
            ("colour = 1\n", "en", "1: colour: unknown setting (known: feeds, "),
            ("\nmouse = 3\n", "fa", "2: mouse: انتظار true یا false می‌رفت، 3 یافت شد"),
            ("\nmouse = 3\n", "ps", "2: mouse: true یا false تمه کېده، 3 وموندل شو"),
            ("\nmouse = 3\n", "en", "2: mouse: expected true or false, found 3"),
            ("shaping = \"🙂\"\n", "fa", "1: shaping: انتظار true یا false می‌رفت، \"🙂\" یافت شد"),
            ("[keys]\nhelp = []\n", "fa", "2: keys.help: در [keys] برای help هیچ کلیدی نیست\n"),
            ("[keys]\nhelp = []\n", "ps", "2: keys.help: په [keys] کې د help لپاره هېڅ کیلي نشته\n"),
            ("[keys]\nhelp = []\n", "en", "2: keys.help: no keys for help in [keys]\n"),
            ("[keys]\nfly = \"x\"\n", "ps", "2: keys.fly: ناپېژندل شوې کړنه \"fly\" په [keys] کې (پېژندل شوې: "),
        ])
    func configurationError(config: String, language: String, expected: String) throws {
        let folder = ScratchFolder()
        let file = folder.file("config.toml")
        try Data(config.utf8).write(to: file)
        let result = try AzadProcess.run(
            ["list", "--config", file.path, "--ui-language", language], environment: ["LC_ALL": "C.UTF-8"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("azad: \(file.path):\(expected)"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test(
        "a missing feed folder in the chosen language",
        arguments: [
            (["--ui-language", "fa"], [:], "azad: پوشهٔ فید یافت نشد: "),
            (["--ui-language=ps"], [:], "azad: د فیډ فولډر و نه موندل شو: "),
            ([], ["LC_ALL": "fa_AF.UTF-8"], "azad: پوشهٔ فید یافت نشد: "),
            ([], ["LC_ALL": "C.UTF-8"], "azad: feed folder not found: "),
        ] as [([String], [String: String], String)])
    func missingFeed(arguments: [String], environment: [String: String], prefix: String) throws {
        let folder = ScratchFolder()
        let missing = folder.file("آرشیف-没有")
        let result = try AzadProcess.run(
            ["sync", "--feed", missing.path, "--cache-dir", folder.file("cache").path] + arguments,
            environment: environment)
        #expect(result.status == 1)
        #expect(result.stderr == "\(prefix)\(missing.path)\n", "\(result.stderr)")
    }

    @Test(
        "a wrong theme name in the chosen language",
        arguments: [
            ("fa", "azad: --theme: «دو کلمه» نام یک تم نیست (حرف‌ها، رقم‌ها، - و _)\n"),
            ("ps", "azad: --theme: «دو کلمه» د تم نوم نه دی (توري، عددونه، - او _)\n"),
            ("en", "azad: --theme: “دو کلمه” is not a theme name (letters, digits, - and _)\n"),
        ])
    func wrongThemeName(language: String, expected: String) throws {
        let folder = ScratchFolder()
        let result = try AzadProcess.run(
            ["list", "--theme", "دو کلمه", "--ui-language", language, "--cache-dir", folder.file("cache").path],
            environment: ["LC_ALL": "C.UTF-8"])
        #expect(result.status == 1)
        #expect(result.stderr == expected, "\(result.stderr)")
    }

    /// `azad sync --help` in Dari: the abstract, the options' help lines and the parser's headings
    /// translated; in English unchanged.
    @Test func syncHelpInDari() throws {
        let dari = try AzadProcess.run(["sync", "--help", "--ui-language", "fa"], environment: ["LC_ALL": "C.UTF-8"])
        #expect(dari.status == 0)
        #expect(dari.stdout.hasPrefix("نمای کلی: کش را با پوشه‌های فید به‌روز می‌کند."), "\(dari.stdout)")
        #expect(dari.stdout.contains("پوشه‌ای از خروجی‌های متنی (تکرارپذیر)."), "\(dari.stdout)")
        #expect(dari.stdout.contains("کاربرد:") && dari.stdout.contains("گزینه‌ها:"), "\(dari.stdout)")
        #expect(!dari.stdout.contains("USAGE:") && !dari.stdout.contains("OPTIONS:"), "\(dari.stdout)")
        #expect(!dari.stdout.contains("A folder of text exports"), "\(dari.stdout)")
        let pashto = try AzadProcess.run(["sync", "--help"], environment: ["LC_ALL": "ps_AF.UTF-8"])
        #expect(pashto.stdout.hasPrefix("لنډیز: کش د فیډ له فولډرونو سره تازه کوي."), "\(pashto.stdout)")
        let english = try AzadProcess.run(["sync", "--help"], environment: ["LC_ALL": "C.UTF-8"])
        #expect(english.stdout.hasPrefix("OVERVIEW: Bring the cache up to date with the feed folders."))
        #expect(english.stdout.contains("A folder of text exports (repeatable)."))
        // The command list names each command in the language; the manual page stays English.
        let root = try AzadProcess.run(["help"], environment: ["LC_ALL": "ps_AF.UTF-8"])
        #expect(root.stdout.contains("کش د فیډ له فولډرونو سره تازه کوي."), "\(root.stdout)")
        #expect(root.stdout.contains("د azad نسخه چاپوي."), "\(root.stdout)")
        let manual = try AzadProcess.run(["generate-manual"], environment: ["LC_ALL": "fa_AF.UTF-8"])
        #expect(manual.status == 0)
        #expect(manual.stdout.contains("Bring the cache up to date with the feed folders."))
        #expect(!manual.stdout.contains("کش را با پوشه‌های فید"))
    }

    @Test(
        "the reader without a terminal says so in the chosen language",
        arguments: [
            ("fa", "azad: خواننده به یک ترمینال نیاز دارد؛ در اسکریپت‌ها از azad list، search یا show استفاده کنید\n"),
            ("ps", "azad: لوستونکی ټرمینل ته اړتیا لري؛ په سکرېپټونو کې azad list، search یا show وکاروئ\n"),
            ("en", "azad: the reader needs a terminal; for scripts use azad list, search or show\n"),
        ])
    func readerWithoutATerminal(language: String, expected: String) throws {
        let folder = ScratchFolder()
        let result = try AzadProcess.run(
            [
                "read", "--ui-language", language, "--feed", ReaderHardeningTests.sampleFeed, "--cache-dir",
                folder.file("cache").path,
            ], environment: ["LC_ALL": "C.UTF-8"])
        #expect(result.status == 1)
        #expect(result.stderr.hasSuffix(expected), "\(result.stderr)")
    }
}
