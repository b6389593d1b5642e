import ArgumentParser
import AzadCore
import AzadUI
import Foundation

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("feed"), help: "A folder of text exports (repeatable).")
    var feeds: [String] = []

    @Option(name: .customLong("cache-dir"), help: "Where the article cache lives (also AZAD_CACHE_DIR).")
    var cacheDirectory: String?

    @Option(name: .customLong("config"), help: "The configuration file.")
    var configFile: String?

    @Option(name: .customLong("theme"), help: "A bundled or user theme, by name (azad themes lists them).")
    var theme: String?

    @Option(name: .customLong("clipboard"), help: "The clipboard file quotes are appended to.")
    var clipboard: String?

    /// Reads the configuration before any command runs, so that a broken file stops every command
    /// (with its file, line and key) before it touches anything.
    mutating func validate() throws {
        try GlobalOptions.checkKeyBindings(try loadConfig())
    }

    /// Checks `[keys]` against the reader's operation table, one operation at a time in name order, so
    /// the error names the line of the binding that is wrong (or that takes a key another one took).
    static func checkKeyBindings(_ config: Config) throws(ConfigError) {
        var checked: [String: [String]] = [:]
        for operation in config.keys.keys.sorted() {
            checked[operation] = config.keys[operation]
            do {
                _ = try Keymap(bindings: checked)
            } catch {
                throw config.keyBindingError(operation: operation, message: error.description)
            }
        }
    }

    /// The configuration file in use: `--config`, else `config.toml` in the config folder if it exists.
    var configFileURL: URL? {
        if let configFile { return URL(fileURLWithPath: configFile) }
        let file = Paths().configFile
        return FileManager.default.fileExists(atPath: file.path) ? file : nil
    }

    /// The effective configuration: the file, then the command line over it, with every path absolute.
    ///
    /// Precedence: `--feed`, `--theme`, `--clipboard`, `--cache-dir`, `AZAD_CACHE_DIR`, the file, the XDG
    /// defaults.
    func loadConfig() throws(ConfigError) -> Config {
        let environment = ProcessInfo.processInfo.environment
        var config = try configFileURL.map { url throws(ConfigError) in try Config.load(from: url) } ?? Config()
        let here = FileManager.default.currentDirectoryPath
        func absolute(_ path: String) -> String {
            Config.absolutePath(path, relativeTo: here, environment: environment)
        }
        if !feeds.isEmpty { config.feeds = feeds.map(absolute) }
        if let theme {
            guard ThemeCatalog.isValidName(theme) else {
                throw ConfigError(
                    file: "--theme", line: nil, key: nil,
                    message: "“\(theme)” is not a theme name (letters, digits, - and _)")
            }
            config.theme = theme
        }
        if let clipboard { config.clipboard = absolute(clipboard) }
        if let cacheDirectory {
            config.cacheDirectory = absolute(cacheDirectory)
        } else if let variable = environment["AZAD_CACHE_DIR"], !variable.isEmpty {
            config.cacheDirectory = absolute(variable)
        }
        let xdg = Paths(environment: environment)
        if config.cacheDirectory == nil { config.cacheDirectory = xdg.cacheDirectory.path }
        if config.clipboard == nil { config.clipboard = xdg.clipboardFile.path }
        return config
    }

    /// XDG paths with the cache folder the command line, environment or configuration chose.
    var paths: Paths {
        var paths = Paths()
        if let cache = (try? loadConfig())?.cacheDirectory {
            paths.cacheDirectory = URL(fileURLWithPath: cache, isDirectory: true)
        }
        return paths
    }

    /// The feed folders to read: `--feed`, else the configuration's, else the bundled sample feed.
    func feedFolders(for config: Config) -> [URL] {
        if !config.feeds.isEmpty { return config.feeds.map { URL(fileURLWithPath: $0, isDirectory: true) } }
        return BundledResources.sampleFeed.map { [$0] } ?? []
    }

    /// The feed folders of the effective configuration (see `feedFolders(for:)`).
    var feedFolders: [URL] { feedFolders(for: (try? loadConfig()) ?? Config()) }

    /// The theme catalogue: bundled themes and the user's.
    var themeCatalog: ThemeCatalog { ThemeCatalog(userDirectory: Paths().userThemesDirectory) }
}

/// An error that is the whole message the user sees.
struct UserFacingError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
