import Foundation

/// The effective configuration from its four sources, resolved once: command-line flags over the
/// environment over the configuration file over the XDG defaults.
///
/// The file is read and parsed once; every problem with it, or with a flag, is thrown as a
/// `ConfigError` naming where it is, never replaced by a default.
public struct ConfigResolver: Sendable {
    /// What the command line says; nil and empty mean "not given".
    public struct Flags: Sendable, Hashable {
        public var feeds: [String]
        public var cacheDirectory: String?
        public var configFile: String?
        public var theme: String?
        public var clipboard: String?
        public var uiLanguage: UILanguage?

        public init(
            feeds: [String] = [], cacheDirectory: String? = nil, configFile: String? = nil, theme: String? = nil,
            clipboard: String? = nil, uiLanguage: UILanguage? = nil
        ) {
            self.uiLanguage = uiLanguage
            self.feeds = feeds
            self.cacheDirectory = cacheDirectory
            self.configFile = configFile
            self.theme = theme
            self.clipboard = clipboard
        }
    }

    public var flags: Flags
    /// `HOME`, the `XDG_*` folders and `AZAD_CACHE_DIR`.
    public var environment: [String: String]
    /// Where relative paths given on the command line count from.
    public var currentDirectory: String

    public init(
        flags: Flags, environment: [String: String] = ProcessInfo.processInfo.environment,
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) {
        self.flags = flags
        self.environment = environment
        self.currentDirectory = currentDirectory
    }

    /// The configuration file in use: `--config`, else `config.toml` in the config folder if it exists.
    public var configFile: URL? {
        if let file = flags.configFile { return URL(fileURLWithPath: absolute(file)) }
        let file = Paths(environment: environment).configFile
        return FileManager.default.fileExists(atPath: file.path) ? file : nil
    }

    /// The effective configuration, every path in it absolute.
    ///
    /// Precedence, highest first: `--feed`, `--theme`, `--clipboard`, `--cache-dir`; `AZAD_CACHE_DIR`;
    /// the configuration file; the XDG defaults (`$XDG_CACHE_HOME/azad`, `$XDG_DATA_HOME/azad/clipboard.txt`).
    public func resolve() throws(ConfigError) -> EffectiveConfig {
        let file = configFile
        var config =
            try file.map { url throws(ConfigError) in try Config.load(from: url, environment: environment) }
            ?? Config()
        if !flags.feeds.isEmpty { config.feeds = flags.feeds.map(absolute) }
        if let theme = flags.theme {
            guard ThemeCatalog.isValidName(theme) else {
                throw ConfigError(
                    file: "--theme", line: nil, key: nil,
                    template: Translation.noop("“{name}” is not a theme name (letters, digits, - and _)"),
                    values: ["name": theme])
            }
            config.theme = theme
        }
        if let clipboard = flags.clipboard { config.clipboard = absolute(clipboard) }
        if let uiLanguage = flags.uiLanguage { config.uiLanguage = uiLanguage }
        if let cacheDirectory = flags.cacheDirectory {
            config.cacheDirectory = absolute(cacheDirectory)
        } else if let variable = environment["AZAD_CACHE_DIR"], !variable.isEmpty {
            config.cacheDirectory = absolute(variable)
        }
        var paths = Paths(environment: environment)
        if let cache = config.cacheDirectory {
            paths.cacheDirectory = URL(fileURLWithPath: cache, isDirectory: true)
        } else {
            config.cacheDirectory = paths.cacheDirectory.path
        }
        if config.clipboard == nil { config.clipboard = paths.clipboardFile.path }
        var effective = EffectiveConfig(config: config, paths: paths, file: file, themeFlag: flags.theme)
        effective.translation = Translation.load(config.uiLanguage, digits: config.uiDigits, environment: environment)
        return effective
    }

    private func absolute(_ path: String) -> String {
        Config.absolutePath(path, relativeTo: currentDirectory, environment: environment)
    }
}
