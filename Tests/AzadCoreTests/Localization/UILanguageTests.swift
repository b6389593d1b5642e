import Testing

@testable import AzadCore

/// `ui_language = "auto"` follows the locale variables by name, whether or not the locale is installed.
@Suite struct UILanguageTests {
    @Test(
        "the language comes from LC_ALL, else LC_MESSAGES, else LANG",
        arguments: [
            (["LANG": "fa_AF.UTF-8"], UILanguage.fa),
            (["LANG": "fa_IR.UTF-8"], .fa),
            (["LANG": "prs_AF"], .fa),
            (["LANG": "fa"], .fa),
            (["LANG": "ps_AF.UTF-8"], .ps),
            (["LANG": "ps"], .ps),
            (["LANG": "pbu_PK.utf8@latin"], .ps),
            (["LANG": "en_US.UTF-8"], .en),
            (["LANG": "de_DE.UTF-8"], .en),
            (["LANG": "C.UTF-8"], .en),
            (["LANG": "POSIX"], .en),
            ([:], .en),
            (["LC_ALL": "ps_AF.UTF-8", "LC_MESSAGES": "en_US.UTF-8", "LANG": "fa_AF.UTF-8"], .ps),
            (["LC_MESSAGES": "fa_AF.UTF-8", "LANG": "en_US.UTF-8"], .fa),
            // An empty variable is not set (POSIX): the next one decides.
            (["LC_ALL": "", "LC_MESSAGES": "", "LANG": "ps_AF.UTF-8"], .ps),
            // Not a language code this reader knows, though it starts like one.
            (["LANG": "fr_FR.UTF-8"], .en),
            (["LANG": "pt_BR.UTF-8"], .en),
            (["LANG": "fab"], .en),
        ])
    func followsTheLocaleVariables(environment: [String: String], language: UILanguage) {
        #expect(UILanguage.fromLocale(environment: environment) == language)
        #expect(UILanguage.auto.resolved(environment: environment) == language)
    }

    @Test("a chosen language is not overridden by the locale", arguments: [UILanguage.en, .fa, .ps])
    func choiceWins(language: UILanguage) {
        #expect(language.resolved(environment: ["LC_ALL": "ps_AF.UTF-8", "LANG": "fa_AF.UTF-8"]) == language)
    }
}
