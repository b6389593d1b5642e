import Foundation
import Testing

@testable import AzadCore

/// The compiled catalogs (`msgfmt` during the build) read back: plural forms by each language's
/// rule, placeholders and digits, and every extracted message translated.
@Suite struct TranslationTests {
    static let persian = Translation.load(.fa, environment: [:])
    static let pashto = Translation.load(.ps, environment: [:])

    @Test func theBuildCompiledBothCatalogs() {
        #expect(Self.persian.hasCatalog)
        #expect(Self.pashto.hasCatalog)
        #expect(Self.persian.language == .fa)
        #expect(Self.pashto.language == .ps)
    }

    // Persian writes the noun singular after a number; Pashto's plural is its own form from 2 up
    // (CLDR: 0 and 1 take the singular in both).
    @Test(
        "results in Dari and Pashto",
        arguments: [
            (0, "۰ نتیجه", "۰ پایله"), (1, "۱ نتیجه", "۱ پایله"), (2, "۲ نتیجه", "۲ پایلې"),
            (5, "۵ نتیجه", "۵ پایلې"), (11, "۱۱ نتیجه", "۱۱ پایلې"), (21, "۲۱ نتیجه", "۲۱ پایلې"),
            (1402, "۱۴۰۲ نتیجه", "۱۴۰۲ پایلې"),
        ])
    func pluralForms(count: Int, dari: String, pashto: String) {
        #expect(Self.persian.trn("{count} result", "{count} results", count: count) == dari)
        #expect(Self.pashto.trn("{count} result", "{count} results", count: count) == pashto)
    }

    @Test(
        "lines in Pashto",
        arguments: [(0, "۰ کرښه"), (1, "۱ کرښه"), (2, "۲ کرښې"), (5, "۵ کرښې"), (11, "۱۱ کرښې"), (21, "۲۱ کرښې")])
    func pashtoLines(count: Int, text: String) {
        #expect(Self.pashto.trn("{count} line", "{count} lines", count: count) == text)
    }

    @Test(
        "English keeps its own two forms",
        arguments: [(0, "0 results"), (1, "1 result"), (2, "2 results"), (21, "21 results")])
    func english(count: Int, text: String) {
        #expect(Translation.english.trn("{count} result", "{count} results", count: count) == text)
    }

    @Test func placeholdersAreFilledAndNumbersUseTheLanguagesDigits() {
        #expect(Self.persian.tr("match {number} of {count}", ["number": 12, "count": 15]) == "مورد ۱۲ از ۱۵")
        #expect(Self.pashto.tr("match {number} of {count}", ["number": 12, "count": 15]) == "۱۲ له ۱۵ څخه")
        // A string value is left as it is: a path or a query keeps its own digits.
        #expect(Self.persian.tr("saved to {path}", ["path": "/tmp/a1.txt"]) == "در /tmp/a1.txt ذخیره شد")
        #expect(Translation.english.tr("match {number} of {count}", ["number": 12, "count": 15]) == "match 12 of 15")
    }

    @Test func theWatchLimitNoticeSpeaksTheInterfacesLanguage() {
        #expect(
            LiveSync.limitNotice(fallbackSeconds: 30, in: .english)
                == "more folders than inotify may watch (fs.inotify.max_user_watches): syncing every 30 s instead")
        let persian = LiveSync.limitNotice(fallbackSeconds: 30, in: Self.persian)
        #expect(persian.contains("۳۰ ثانیه") && persian.contains("fs.inotify.max_user_watches"))
        let pashto = LiveSync.limitNotice(fallbackSeconds: 30, in: Self.pashto)
        #expect(pashto.contains("۳۰ ثانیې") && !pashto.contains("syncing"))
    }

    @Test func latinDigitsWhenAskedFor() {
        let latin = Translation.load(.fa, digits: .latin, environment: [:])
        #expect(latin.tr("match {number} of {count}", ["number": 12, "count": 15]) == "مورد 12 از 15")
        #expect(latin.number(1402) == "1402")
        #expect(Self.persian.number(1402) == "۱۴۰۲")
        #expect(Self.persian.localDigits("12/15 · 3%") == "۱۲/۱۵ · ۳%")
        #expect(Translation.english.number(1402) == "1402")
    }

    @Test("a message no catalog has is shown in English", arguments: ["not a message of azad", "", "日本語 ✓ e\u{301}"])
    func missingMessageIsEnglish(message: String) {
        #expect(Self.persian.tr(message) == message)
        #expect(Self.pashto.trn(message, message + "s", count: 2) == message + "s")
    }

    @Test func autoFollowsTheLocaleEvenWhenItIsNotInstalled() {
        // fa_AF is not a locale this machine has (`locale -a`); the name alone chooses Dari.
        #expect(Translation.load(.auto, environment: ["LANG": "fa_AF.UTF-8"]).language == .fa)
        #expect(Translation.load(.auto, environment: ["LANG": "fa_AF.UTF-8"]).hasCatalog)
        #expect(Translation.load(.auto, environment: ["LC_ALL": "ps_AF.UTF-8"]).language == .ps)
        #expect(Translation.load(.auto, environment: ["LANG": "C.UTF-8"]) == .english)
    }

    /// A catalog in `AZAD_LOCALE_DIR` wins over the built ones, in either byte order msgfmt writes.
    @Test("AZAD_LOCALE_DIR's catalog is read first", arguments: ["little", "big"])
    func localeDirectoryWins(endianness: String) throws {
        let folder = ScratchFolder()
        let source = folder.url.appendingPathComponent("ps.po")
        try Data(
            """
            msgid ""
            msgstr ""
            "Content-Type: text/plain; charset=UTF-8\\n"
            "Plural-Forms: nplurals=3; plural=(n==1 ? 0 : n==2 ? 1 : 2);\\n"

            msgid "All"
            msgstr "ټول 🌙"

            msgid "{count} line"
            msgid_plural "{count} lines"
            msgstr[0] "یوه"
            msgstr[1] "دوه"
            msgstr[2] "{count} ډېرې"

            """.utf8
        ).write(to: source)
        let msgfmt = Process()
        msgfmt.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        msgfmt.arguments = [
            "msgfmt", "--endianness=\(endianness)", "-o", folder.url.appendingPathComponent("ps.mo").path, source.path,
        ]
        try msgfmt.run()
        msgfmt.waitUntilExit()
        try #require(msgfmt.terminationStatus == 0)
        let translation = Translation.load(.ps, environment: ["AZAD_LOCALE_DIR": folder.url.path])
        #expect(translation.tr("All") == "ټول 🌙")
        #expect(translation.trn("{count} line", "{count} lines", count: 1) == "یوه")
        #expect(translation.trn("{count} line", "{count} lines", count: 2) == "دوه")
        #expect(translation.trn("{count} line", "{count} lines", count: 21) == "۲۱ ډېرې")
        // What that catalog lacks is English, not the built catalog's.
        #expect(translation.tr("no results") == "no results")
    }

    @Test(
        "what is not a catalog is refused",
        arguments: [
            Data("not a catalog".utf8), Data(), Data([0xde, 0x12, 0x04, 0x95] + [UInt8](repeating: 0xff, count: 24)),
        ])
    func refusesNonCatalogs(data: Data) {
        #expect(MessageCatalog(data: data) == nil)
    }

    /// Every message `scripts/i18n` extracted (po/azad.pot) is in both compiled catalogs.
    @Test func everyExtractedMessageIsTranslatedInBothCatalogs() throws {
        let template = try String(contentsOf: Self.packageRoot.appendingPathComponent("po/azad.pot"), encoding: .utf8)
        let messages = Self.messages(inTemplate: template)
        #expect(messages.count > 200)
        for translation in [Self.persian, Self.pashto] {
            let originals = try #require(translation.catalog).originals
            let missing = messages.filter { !originals.contains($0) }
            #expect(missing.isEmpty, "\(translation.language): \(missing)")
        }
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The template's messages as a catalog keys them: `msgid`, or `msgid NUL msgid_plural`.
    static func messages(inTemplate text: String) -> [String] {
        func unquote(_ line: Substring) -> String {
            let quoted = line.drop { $0 != "\"" }.dropFirst().dropLast()
            var result = ""
            var escaped = false
            for character in quoted {
                if escaped {
                    result.append(character == "n" ? "\n" : character == "t" ? "\t" : character)
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else {
                    result.append(character)
                }
            }
            return result
        }
        var messages: [String] = []
        for line in text.split(separator: "\n") {
            if line.hasPrefix("msgid ") {
                messages.append(unquote(line))
            } else if line.hasPrefix("msgid_plural ") {
                messages[messages.count - 1] += "\0" + unquote(line)
            }
        }
        return messages.filter { !$0.isEmpty }
    }
}
