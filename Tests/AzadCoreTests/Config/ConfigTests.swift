import Foundation
import Testing

@testable import AzadCore

@Suite struct ConfigTests {
    static let environment = ["HOME": "/home/خواننده"]

    static func parse(_ text: String, file: String = "/etc/azad/config.toml") throws -> Config {
        try Config.parse(text, file: file, environment: environment)
    }

    static var everythingSet: Config {
        var config = Config()
        config.feeds = ["/srv/افغانستان آزاد/exports", "/home/reader/ژبه", "/tmp/with \"quotes\" and \\ slash"]
        config.cacheDirectory = "/var/cache/azad"
        config.theme = "high-contrast"
        config.colors = .ansi16
        config.masthead = .english
        config.bidi = .terminal
        config.shaping = false
        config.tabWidth = 4
        config.mouse = false
        config.clipboard = "/home/reader/quotes 漢字 😀.txt"
        config.osc52 = true
        config.markReadOn = .end
        config.spaceNextUnread = false
        config.keys = [
            "quit": ["q", "C-c"], "next-article": ["J", "<PgDn>"], "نشان": ["ن"], "with space": [" "],
            "control": ["\u{1B}[A", "\t"],
        ]
        return config
    }

    @Test(arguments: [Config(), everythingSet])
    func printedConfigurationReadsBackTheSame(config: Config) throws {
        let printed = config.toml()
        let reread = try Self.parse(printed)
        #expect(reread == config)
        #expect(reread.toml() == printed)
    }

    @Test func controlCharactersAreEscapedWhenPrinted() {
        var config = Config()
        config.keys = ["x": ["\u{1B}[31m", "\u{9B}2J"]]
        let printed = config.toml()
        #expect(!printed.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B })
        #expect(printed.contains("\\u001B[31m"))
    }

    @Test func pathsBecomeAbsolute() throws {
        let config = try Self.parse(
            """
            feeds = ["exports", "~/afgazad", "/abs/../srv/x"]
            clipboard = "~"
            cache_dir = "../cache"
            """, file: "/home/reader/.config/azad/config.toml")
        #expect(config.feeds == ["/home/reader/.config/azad/exports", "/home/خواننده/afgazad", "/srv/x"])
        #expect(config.clipboard == "/home/خواننده")
        #expect(config.cacheDirectory == "/home/reader/.config/cache")
    }

    @Test func aSingleStringIsOneFeedOrKey() throws {
        let config = try Self.parse(
            """
            feeds = "/one"
            [keys]
            quit = "q"
            """)
        #expect(config.feeds == ["/one"])
        #expect(config.keys == ["quit": ["q"]])
    }

    @Test(arguments: MarkReadOn.allCases)
    func markReadOnAcceptsEachChoice(choice: MarkReadOn) throws {
        let config = try Self.parse("mark_read_on = \"\(choice.rawValue)\"\nspace_next_unread = false")
        #expect(config.markReadOn == choice)
        #expect(!config.spaceNextUnread)
        #expect(Config().markReadOn == .open && Config().spaceNextUnread)
    }

    @Test(arguments: ["auto", "256", "16", "8", "none"])
    func colorsAcceptEveryDepth(value: String) throws {
        let config = try Self.parse("colors = \"\(value)\"")
        #expect(config.colors?.rawValue ?? "auto" == value)
        #expect(try Self.parse(config.toml()).colors == config.colors)
    }

    /// Broken files: the text, then the line, the key and part of the message the error must carry.
    static let broken: [(String, Int?, String?, String)] = [
        ("theme = \"dark\"\nbidi = \"left\"\n", 2, "bidi", "expected \"visual\" or \"terminal\", found \"left\""),
        ("osc52 = \"yes\"", 1, "osc52", "expected true or false, found \"yes\""),
        ("mark_read_on = \"later\"", 1, "mark_read_on", "expected \"open\", \"end\" or \"never\", found \"later\""),
        ("\nspace_next_unread = \"no\"", 2, "space_next_unread", "expected true or false, found \"no\""),
        ("\n\nshaping = 1", 3, "shaping", "expected true or false, found 1"),
        ("tab_width = 0", 1, "tab_width", "expected a width from 1 to 16, found 0"),
        ("tab_width = 2.5", 1, "tab_width", "expected a whole number, found the number 2.5"),
        ("colors = \"millions\"", 1, "colors", "expected \"auto\", \"256\", \"16\", \"8\" or \"none\""),
        ("masthead = \"ps\"", 1, "masthead", "expected \"fa\" or \"en\", found \"ps\""),
        ("feeds = [\"/a\", 3]", 1, "feeds", "expected an array of strings, found 3 in it"),
        ("feeds = [\"\"]", 1, "feeds", "expected a path, found an empty string"),
        ("theme = \"../../etc/passwd\"", 1, "theme", "is not a theme name"),
        ("colour = \"red\"", 1, "colour", "unknown setting (known: feeds,"),
        ("# comment\n[keys]\nquit = \"q\"\nnext = [\"j\", 4]", 4, "keys.next", "expected an array of strings"),
        ("[keys]\n\"نشان گذاری\" = \"\"", 2, "keys.\"نشان گذاری\"", "a key cannot be an empty string"),
        ("keys = { quit = 1 }", 1, "keys.quit", "expected a string or an array of strings, found 1"),
        ("keys = \"q\"", 1, "keys", "expected a table of operation = keys"),
        ("note = \"\"\"\nbidi = 1\n\"\"\"\nbidi = 2", 1, "note", "unknown setting"),
        ("x = \"\"\"\nbidi = 1\n\"\"\"\n", 1, "x", "unknown setting"),
        ("theme = \"dark\"\r\nmouse = \"no\"\r\n", 2, "mouse", "expected true or false"),
        ("theme = \"dark\nmouse = true\n", 1, nil, "TOML syntax:"),
        ("mouse = true\nmouse = false\n", 2, nil, "TOML syntax:"),
        ("a = 1\nb = \u{0}\n", 2, nil, "a NUL character is not allowed"),
    ]

    @Test(arguments: broken)
    func brokenFilesNameFileLineAndKey(text: String, line: Int?, key: String?, message: String) {
        #expect {
            try Self.parse(text, file: "/home/r/.config/azad/config.toml")
        } throws: { error in
            guard let error = error as? ConfigError else { return false }
            let location = "/home/r/.config/azad/config.toml:\(line.map(String.init) ?? "")"
            return error.file == "/home/r/.config/azad/config.toml" && error.line == line && error.key == key
                && error.message.contains(message) && error.description.hasPrefix(location)
        }
    }

    @Test func multiLineStringsDoNotConfuseLineNumbers() throws {
        #expect {
            try Self.parse("note_free = 1\n", file: "c.toml")
        } throws: { ($0 as? ConfigError)?.line == 1 }
        #expect {
            try Self.parse("[keys]\nquit = '''\nq\n'''\nhelp = 5\n", file: "c.toml")
        } throws: { error in
            guard let error = error as? ConfigError else { return false }
            return error.line == 5 && error.key == "keys.help"
        }
    }

    @Test func aFileThatIsNotUTF8NamesItsLine() throws {
        let scratch = ScratchFolder()
        let file = scratch.file("config.toml")
        try Data([0x61, 0x3D, 0x31, 0x0A, 0x62, 0x3D, 0x22, 0xFF, 0xFE, 0x22, 0x0A]).write(to: file)
        #expect(throws: ConfigError(file: file.path, line: 2, key: nil, message: "the file is not UTF-8 text")) {
            try Config.load(from: file)
        }
    }

    @Test func aMissingFileOrAFolderIsNamed() throws {
        let scratch = ScratchFolder()
        #expect(throws: ConfigError(file: scratch.file("nope.toml").path, line: nil, key: nil, message: "no such file"))
        {
            try Config.load(from: scratch.file("nope.toml"))
        }
        #expect(
            throws: ConfigError(file: scratch.url.path, line: nil, key: nil, message: "it is a folder, not a file")
        ) {
            try Config.load(from: scratch.url)
        }
    }

    @Test func keyBindingErrorsPointAtTheirLine() throws {
        let config = try Self.parse("theme = \"dark\"\n\n[keys]\nquit = \"q\"\nfly = \"f\"\n", file: "/c.toml")
        let error = config.keyBindingError(operation: "fly", message: "unknown operation")
        #expect(error.description == "/c.toml:5: keys.fly: unknown operation")
    }

    @Test func layoutOptionsFollowTheConfiguration() throws {
        let config = try Self.parse("bidi = \"terminal\"\nshaping = false\ntab_width = 4")
        #expect(config.layoutOptions == LayoutOptions(bidiMode: .terminal, shaping: false, tabWidth: 4))
    }
}
