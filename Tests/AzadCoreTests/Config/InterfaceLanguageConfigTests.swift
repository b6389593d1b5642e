import Foundation
import Testing

@testable import AzadCore

/// `ui_language` and `ui_digits`: the interface's language (auto from the locale variables) and its
/// digits, read, printed and read back; `--ui-language` over the file.
@Suite struct InterfaceLanguageConfigTests {
    static func parse(_ text: String) throws -> Config { try Config.parse(text, file: "/etc/azad/config.toml") }

    @Test func theDefaultsAreAutoAndNativeAndArePrinted() {
        #expect(Config().uiLanguage == .auto)
        #expect(Config().uiDigits == .native)
        #expect(Config().toml().contains("\nui_language = \"auto\"\n"))
        #expect(Config().toml().contains("\nui_digits = \"native\"\n"))
        #expect(Config.settingNames.contains("ui_language"))
        #expect(Config.settingNames.contains("ui_digits"))
    }

    @Test(arguments: UILanguage.allCases, UIDigits.allCases)
    func aChoiceReadsAndRoundTrips(language: UILanguage, digits: UIDigits) throws {
        let config = try Self.parse("ui_language = \"\(language.rawValue)\"\nui_digits = \"\(digits.rawValue)\"\n")
        #expect(config.uiLanguage == language)
        #expect(config.uiDigits == digits)
        #expect(try Self.parse(config.toml()) == config)
    }

    @Test(arguments: [
        ("ui_language = \"de\"", 2, "expected \"auto\", \"en\", \"fa\" or \"ps\", found \"de\""),
        ("ui_language = \"فارسی\"", 2, "expected \"auto\", \"en\", \"fa\" or \"ps\", found \"فارسی\""),
        ("ui_language = 1", 2, "expected \"auto\", \"en\", \"fa\" or \"ps\", found 1"),
        ("ui_digits = \"arabic\"", 2, "expected \"native\" or \"latin\", found \"arabic\""),
    ])
    func aBadChoiceIsReportedWithItsLine(text: String, line: Int, message: String) {
        #expect {
            try Self.parse("theme = \"default\"\n" + text)
        } throws: { error in
            guard let error = error as? ConfigError else { return false }
            return error.line == line && error.message == message
        }
    }

    @Test func theFlagWinsOverTheFileAndAutoReadsTheLocale() throws {
        let folder = ScratchFolder()
        let file = folder.url.appendingPathComponent("config.toml")
        try Data("ui_language = \"ps\"\nui_digits = \"latin\"\n".utf8).write(to: file)
        let environment = ["HOME": folder.url.path, "LANG": "fa_AF.UTF-8"]
        let fromFile = try ConfigResolver(flags: .init(configFile: file.path), environment: environment).resolve()
        #expect(fromFile.translation.language == .ps)
        #expect(fromFile.translation.digits == .latin)
        let flagged = try ConfigResolver(flags: .init(configFile: file.path, uiLanguage: .en), environment: environment)
            .resolve()
        #expect(flagged.translation == .english)
        let auto = try ConfigResolver(flags: .init(configFile: file.path, uiLanguage: .auto), environment: environment)
            .resolve()
        #expect(auto.translation.language == .fa)
    }
}
