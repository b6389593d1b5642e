import Foundation

/// The configuration a command runs with, as `ConfigResolver` makes it: settings, folders and
/// where each came from.
public struct EffectiveConfig: Sendable {
    /// The settings, every path absolute, `cacheDirectory` and `clipboard` filled in.
    public var config: Config
    /// The XDG folders, with the cache folder the flags, environment or file chose.
    public var paths: Paths
    /// The configuration file read, if any.
    public var file: URL?
    /// The theme `--theme` asked for: it wins over the theme the reader last remembered, which the
    /// file's `theme` does not.
    public var themeFlag: String?
    /// The interface's language as `ui_language`, `--ui-language` and the locale choose it.
    public var translation: Translation = .english

    public init(config: Config, paths: Paths, file: URL?, themeFlag: String?) {
        self.config = config
        self.paths = paths
        self.file = file
        self.themeFlag = themeFlag
    }

    /// The feed folders to read: the configured ones (`--feed` included), else the bundled sample feed.
    public var feedFolders: [URL] {
        if !config.feeds.isEmpty { return config.feeds.map { URL(fileURLWithPath: $0, isDirectory: true) } }
        return BundledResources.sampleFeed.map { [$0] } ?? []
    }

    /// Bundled themes and the user's.
    public var themeCatalog: ThemeCatalog { ThemeCatalog(userDirectory: paths.userThemesDirectory) }

    /// The clipboard file quotes are appended to.
    public var clipboardFile: URL { URL(fileURLWithPath: config.clipboard ?? paths.clipboardFile.path) }
}
