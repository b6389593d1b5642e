import Foundation

/// Where azad keeps its files, after the XDG Base Directory specification.
public struct Paths: Sendable, Hashable {
    /// The disposable article cache (`$XDG_CACHE_HOME/azad`).
    public var cacheDirectory: URL
    /// Configuration and user themes (`$XDG_CONFIG_HOME/azad`).
    public var configDirectory: URL
    /// Reading state and the clipboard file (`$XDG_DATA_HOME/azad`): not disposable.
    public var dataDirectory: URL

    public init(cacheDirectory: URL, configDirectory: URL, dataDirectory: URL) {
        self.cacheDirectory = cacheDirectory
        self.configDirectory = configDirectory
        self.dataDirectory = dataDirectory
    }

    /// The directories the environment names, with XDG's defaults under `$HOME`;
    /// `AZAD_CACHE_DIR` overrides the cache directory.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        func base(_ variable: String, _ fallback: String) -> URL {
            // The specification says a relative path in these variables is invalid and is ignored.
            if let value = environment[variable], value.hasPrefix("/") {
                return URL(fileURLWithPath: value, isDirectory: true)
            }
            return URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(fallback, isDirectory: true)
        }
        var cache = base("XDG_CACHE_HOME", ".cache").appendingPathComponent("azad", isDirectory: true)
        if let override = environment["AZAD_CACHE_DIR"], !override.isEmpty {
            cache = URL(fileURLWithPath: override, isDirectory: true)
        }
        self.init(
            cacheDirectory: cache,
            configDirectory: base("XDG_CONFIG_HOME", ".config").appendingPathComponent("azad", isDirectory: true),
            dataDirectory: base("XDG_DATA_HOME", ".local/share").appendingPathComponent("azad", isDirectory: true)
        )
    }

    /// `config.toml` in the config directory.
    public var configFile: URL { configDirectory.appendingPathComponent("config.toml") }
    /// The user's own themes.
    public var userThemesDirectory: URL { configDirectory.appendingPathComponent("themes", isDirectory: true) }
    /// The default clipboard file for quotes.
    public var clipboardFile: URL { dataDirectory.appendingPathComponent("clipboard.txt") }
}
