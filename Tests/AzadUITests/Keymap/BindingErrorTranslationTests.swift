import AzadCore
import Testing

@testable import AzadUI

/// A key binding the reader refuses says why in the interface's language, its key names and the
/// list of keys as written; English unchanged.
@Suite struct BindingErrorTranslationTests {
    @Test(
        "a binding that is not a key, and one that types itself at the prompt",
        arguments: [
            (
                ["quit": ["Hyper-Q"]], UILanguage.en,
                "\"Hyper-Q\" for quit is not a key (a character, Space, Enter, Tab, Esc, Up, Down, Left, Right, PgUp, PgDn, Home, End, Backspace, Delete, M-Backspace, C-x or F1…F12)"
            ),
            (
                ["quit": ["کلید"]], .fa,
                "\"کلید\" برای quit کلید نیست (یک نویسه، Space، Enter، Tab، Esc، Up، Down، Left، Right، PgUp، PgDn، Home، End، Backspace، Delete، M-Backspace، C-x یا F1…F12)"
            ),
            (
                ["quit": ["键盘"]], .ps,
                "\"键盘\" د quit لپاره کیلي نه ده (یو توری، Space، Enter، Tab، Esc، Up، Down، Left، Right، PgUp، PgDn، Home، End، Backspace، Delete، M-Backspace، C-x یا F1…F12)"
            ),
            (
                ["clear-prompt": ["w"]], .en,
                "w for clear-prompt types itself at the search prompt, the only place clear-prompt works: bind a key that is not a character (C-x, Backspace, F1…F12, …)"
            ),
            (
                ["clear-prompt": ["w"]], .fa,
                "w برای clear-prompt در خط جستجو خودش تایپ می‌شود، تنها جایی که clear-prompt کار می‌کند: کلیدی ببندید که نویسه نباشد (C-x، Backspace، F1…F12، …)"
            ),
        ])
    func refused(bindings: [String: [String]], language: UILanguage, expected: String) throws {
        let error = #expect(throws: Keymap.BindingError.self) { try Keymap(bindings: bindings) }
        let template = try #require(error?.template)
        #expect(Translation.load(language, environment: [:]).tr(template, values: error?.values ?? [:]) == expected)
        #expect(Translation.english.tr(template, values: error?.values ?? [:]) == error?.description)
    }
}
