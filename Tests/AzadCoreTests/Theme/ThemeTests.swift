import Foundation
import Testing

@testable import AzadCore

@Suite struct ThemeTests {
    static let bundledNames = ["default", "light", "dark", "solarized", "high-contrast", "monochrome"]

    static var bundled: ThemeCatalog { ThemeCatalog(bundledDirectory: BundledResources.themes, userDirectory: nil) }

    @Test(arguments: bundledNames)
    func everyBundledThemeLoadsAndStylesEveryElementItself(name: String) throws {
        let file = try #require(Self.bundled.file(named: name))
        let (theme, inherits) = try Theme.parse(
            try String(contentsOf: file, encoding: .utf8), name: name, file: file.path)
        #expect(inherits == nil)
        #expect(!theme.description.isEmpty)
        let missing = ThemeElement.allCases.filter { theme.styles[$0] == nil }
        #expect(missing.isEmpty, "\(name) leaves out \(missing)")
        #expect(try Self.bundled.load(named: name) == theme)
    }

    /// Every theme file in themes/ has its description translated in both catalogs: `scripts/i18n`
    /// extracts the files' `description` lines, and `azad themes` looks each up by its English text.
    @Test func everyBundledDescriptionIsInTheCatalogs() throws {
        let folder = try #require(BundledResources.themes)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) }
        #expect(Set(names) == Set(Self.bundledNames))
        let descriptions = try names.map { try Self.bundled.load(named: $0).description }
        for language in [UILanguage.fa, .ps] {
            let translation = Translation.load(language, environment: [:])
            #expect(translation.hasCatalog, "\(language)")
            for description in descriptions {
                #expect(translation.tr(description) != description, "\(language): \(description)")
            }
        }
    }

    @Test func theCatalogueListsExactlyTheBundledThemes() {
        #expect(Set(Self.bundled.entries().map(\.name)) == Set(Self.bundledNames))
        #expect(Self.bundled.entries().allSatisfy { $0.origin == .bundled && !$0.replacesBundled })
    }

    @Test(arguments: bundledNames)
    func selectionAndSearchMatchesStandOutInEveryBundledTheme(name: String) throws {
        let theme = try Self.bundled.load(named: name)
        for depth in ColorDepth.allCases {
            let adapted = theme.adapted(to: depth)
            for element in [ThemeElement.selection, .listSelected, .searchMatch] {
                #expect(adapted.style(element) != adapted.style(.paragraph), "\(name) \(element) at \(depth)")
            }
        }
    }

    @Test func userThemesAreFoundAndReplaceBundledOnes() throws {
        let scratch = ScratchFolder()
        try "description = \"mine\"\ninherits = \"dark\"\n[title]\nfg = \"red\"\n".write(
            to: scratch.file("شب.toml"), atomically: true, encoding: .utf8)
        try "description = \"my own default\"\n[title]\nbold = true\n".write(
            to: scratch.file("default.toml"), atomically: true, encoding: .utf8)
        try "not a theme".write(to: scratch.file("README.md"), atomically: true, encoding: .utf8)
        let catalog = ThemeCatalog(bundledDirectory: BundledResources.themes, userDirectory: scratch.url)
        let entries = catalog.entries()
        #expect(entries.map(\.name) == (Self.bundledNames + ["شب"]).sorted())
        let mine = try #require(entries.first { $0.name == "شب" })
        #expect(mine.origin == .user && !mine.replacesBundled)
        let replaced = try #require(entries.first { $0.name == "default" })
        #expect(replaced.origin == .user && replaced.replacesBundled)

        let night = try catalog.load(named: "شب")
        let dark = try catalog.load(named: "dark")
        #expect(night.style(.title).foreground == .index(1))
        #expect(night.style(.paragraph) == dark.style(.paragraph))
        #expect(try catalog.load(named: "default").description == "my own default")
    }

    @Test func aUserThemeWithoutInheritsTakesTheRestFromDefault() throws {
        let scratch = ScratchFolder()
        try "[status]\nfg = 1\n".write(to: scratch.file("tiny.toml"), atomically: true, encoding: .utf8)
        let catalog = ThemeCatalog(bundledDirectory: BundledResources.themes, userDirectory: scratch.url)
        let tiny = try catalog.load(named: "tiny")
        let standard = try catalog.load(named: "default")
        #expect(tiny.style(.status) == ThemeStyle(foreground: .index(1)))
        for element in ThemeElement.allCases where element != .status {
            #expect(tiny.style(element) == standard.style(element))
        }
    }

    /// Broken theme files: text, then the line and key the error names and part of its message.
    static let broken: [(String, Int?, String?, String)] = [
        ("[normal]\nfg = \"purple\"\n", 2, "normal.fg", "expected a colour"),
        ("description = \"x\"\n\n[title]\nbold = true\nbg = 300\n", 5, "title.bg", "found 300"),
        ("[title]\nblink = true\n", 2, "title.blink", "unknown style key (known: fg, bg, bold"),
        ("[titel]\nbold = true\n", 1, "titel", "unknown element (known: normal, masthead"),
        ("[verse]\nitalic = \"yes\"\n", 2, "verse.italic", "expected true or false, found \"yes\""),
        ("status = \"red\"\n", 1, "status", "expected a table such as [status]"),
        ("inherits = \"../x\"\n", 1, "inherits", "is not a theme name"),
        ("[help]\nfg = -1\n", 2, "help.fg", "found -1"),
        ("[help\nfg = 1\n", 1, nil, "TOML syntax:"),
        ("selection = { fg = \"nope\" }\n", 1, "selection.fg", "expected a colour"),
    ]

    @Test(arguments: broken)
    func brokenThemesNameFileLineAndKey(text: String, line: Int?, key: String?, message: String) throws {
        let scratch = ScratchFolder()
        let file = scratch.file("broken.toml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let catalog = ThemeCatalog(bundledDirectory: BundledResources.themes, userDirectory: scratch.url)
        #expect {
            try catalog.load(named: "broken")
        } throws: { error in
            guard let error = error as? ConfigError else { return false }
            return error.file == file.path && error.line == line && error.key == key && error.message.contains(message)
        }
        // The reader falls back to default, and says why.
        let (theme, error) = catalog.loadOrFallback(named: "broken")
        #expect(theme == (try catalog.load(named: "default")))
        #expect(error?.file == file.path)
    }

    @Test func missingThemesAndCirclesAreErrors() throws {
        let scratch = ScratchFolder()
        try "inherits = \"b\"\n".write(to: scratch.file("a.toml"), atomically: true, encoding: .utf8)
        try "\ninherits = \"a\"\n".write(to: scratch.file("b.toml"), atomically: true, encoding: .utf8)
        let catalog = ThemeCatalog(bundledDirectory: BundledResources.themes, userDirectory: scratch.url)
        #expect {
            try catalog.load(named: "a")
        } throws: { error in
            guard let error = error as? ConfigError else { return false }
            return error.file == scratch.file("b.toml").path && error.line == 2 && error.key == "inherits"
                && error.message.contains("a → b → a")
        }
        #expect {
            try catalog.load(named: "nowhere")
        } throws: { ($0 as? ConfigError)?.message.hasPrefix("no theme named “nowhere”") == true }
        #expect(catalog.loadOrFallback(named: "nowhere").error != nil)
        let empty = ThemeCatalog(bundledDirectory: nil, userDirectory: nil)
        #expect(empty.loadOrFallback(named: "default").theme == Theme.fallback)
    }
}

@Suite struct ThemeNameTests {
    @Test(arguments: ["default", "high-contrast", "dark_2", "شب", "نیم‌فاصله", "ژمی", "漢字", "e\u{301}te\u{301}"])
    func namesThatCanBeThemes(name: String) {
        #expect(ThemeCatalog.isValidName(name))
    }

    @Test(arguments: ["", "../x", "a/b", ".hidden", "a b", "x\u{1B}", "tab\t", "😀", String(repeating: "a", count: 65)])
    func namesThatCannot(name: String) {
        #expect(!ThemeCatalog.isValidName(name))
    }
}
