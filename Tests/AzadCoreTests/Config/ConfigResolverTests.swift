import Foundation
import Testing

@testable import AzadCore

/// The effective configuration from its four sources: flags over the environment over the file over
/// the XDG defaults, and a problem in any of them reported, never replaced by a default.
@Suite struct ConfigResolverTests {
    static func environment(_ scratch: ScratchFolder, cache: String? = nil) -> [String: String] {
        var environment = [
            "HOME": scratch.url.path, "XDG_CONFIG_HOME": scratch.file("config").path,
            "XDG_DATA_HOME": scratch.file("data").path, "XDG_CACHE_HOME": scratch.file("xdg-cache").path,
        ]
        if let cache { environment["AZAD_CACHE_DIR"] = cache }
        return environment
    }

    static func writeConfig(_ text: String, in scratch: ScratchFolder) throws {
        let folder = scratch.file("config/azad")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: folder.appendingPathComponent("config.toml"))
    }

    /// Where the cache goes, given a flag, the variable and the file (nil: not given).
    @Test(arguments: [
        (nil, nil, nil, "xdg-cache/azad"),
        (nil, nil, "from-file", "config/azad/from-file"),
        (nil, "/env/کش", "from-file", "/env/کش"),
        ("flag", "/env/کش", "from-file", "work/flag"),
        ("/flag/キャッシュ", nil, nil, "/flag/キャッシュ"),
    ])
    func theCacheFolderFollowsThePrecedence(flag: String?, variable: String?, file: String?, expected: String) throws {
        let scratch = ScratchFolder()
        if let file { try Self.writeConfig("cache_dir = \"\(file)\"\n", in: scratch) }
        let resolver = ConfigResolver(
            flags: .init(cacheDirectory: flag), environment: Self.environment(scratch, cache: variable),
            currentDirectory: scratch.file("work").path)
        let effective = try resolver.resolve()
        let path = expected.hasPrefix("/") ? expected : scratch.file(expected).path
        #expect(effective.config.cacheDirectory == path)
        #expect(effective.paths.cacheDirectory.path == path)
    }

    @Test func flagsWinOverTheFileAndTheFileOverTheDefaults() throws {
        let scratch = ScratchFolder()
        try Self.writeConfig("feeds = [\"فارسی\"]\ntheme = \"dark\"\nmasthead = \"en\"\n", in: scratch)
        let environment = Self.environment(scratch)
        let fromFile = try ConfigResolver(flags: .init(), environment: environment, currentDirectory: "/w").resolve()
        #expect(fromFile.config.feeds == [scratch.file("config/azad/فارسی").path])
        #expect(fromFile.config.theme == "dark")
        #expect(fromFile.config.masthead == .english)
        #expect(fromFile.config.clipboard == scratch.file("data/azad/clipboard.txt").path)
        #expect(fromFile.themeFlag == nil)
        let flags = ConfigResolver.Flags(feeds: ["پښتو", "/abs"], theme: "light", clipboard: "q.txt")
        let fromFlags = try ConfigResolver(flags: flags, environment: environment, currentDirectory: "/w").resolve()
        #expect(fromFlags.config.feeds == ["/w/پښتو", "/abs"])
        #expect(fromFlags.config.theme == "light")
        #expect(fromFlags.themeFlag == "light")
        #expect(fromFlags.config.clipboard == "/w/q.txt")
        #expect(fromFlags.config.masthead == .english)
        #expect(fromFlags.feedFolders.map(\.path) == ["/w/پښتو", "/abs"])
    }

    @Test func withoutFileOrFlagsTheDefaultsAndTheSampleFeed() throws {
        let scratch = ScratchFolder()
        let effective = try ConfigResolver(flags: .init(), environment: Self.environment(scratch)).resolve()
        #expect(effective.file == nil)
        var expected = Config()
        expected.cacheDirectory = scratch.file("xdg-cache/azad").path
        expected.clipboard = scratch.file("data/azad/clipboard.txt").path
        #expect(effective.config == expected)
        #expect(effective.feedFolders == BundledResources.sampleFeed.map { [$0] })
    }

    @Test(arguments: [
        ("mouse = \"sometimes\"\n", ":1: mouse: expected true or false, found \"sometimes\""),
        ("[keys\n", ":1: TOML syntax:"),
    ])
    func aBrokenFileIsAnError(text: String, message: String) throws {
        let scratch = ScratchFolder()
        try Self.writeConfig(text, in: scratch)
        let file = scratch.file("config/azad/config.toml").path
        #expect {
            try ConfigResolver(flags: .init(), environment: Self.environment(scratch)).resolve()
        } throws: { error in
            "\(error)".hasPrefix(file + message)
        }
    }

    @Test(arguments: ["../up", "a b", "تم/بد", "x\u{1B}", ""])
    func aThemeFlagThatIsNoNameIsAnError(theme: String) throws {
        let scratch = ScratchFolder()
        #expect(throws: ConfigError.self) {
            try ConfigResolver(flags: .init(theme: theme), environment: Self.environment(scratch)).resolve()
        }
    }

    @Test func aMissingConfigFlagIsAnErrorNotTheDefaults() throws {
        let scratch = ScratchFolder()
        let missing = scratch.file("nope.toml").path
        #expect(throws: ConfigError(file: missing, line: nil, key: nil, message: "no such file")) {
            try ConfigResolver(flags: .init(configFile: missing), environment: Self.environment(scratch)).resolve()
        }
    }
}
