import ArgumentParser
import AzadCore
import Foundation

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("feed"), help: "A folder of text exports (repeatable).")
    var feeds: [String] = []

    @Option(name: .customLong("cache-dir"), help: "Where the article cache lives (also AZAD_CACHE_DIR).")
    var cacheDirectory: String?

    @Option(name: .customLong("config"), help: "The configuration file.")
    var configFile: String?

    /// XDG paths with `--cache-dir` applied.
    var paths: Paths {
        var paths = Paths()
        if let cacheDirectory { paths.cacheDirectory = URL(fileURLWithPath: cacheDirectory, isDirectory: true) }
        return paths
    }
}

/// An error that is the whole message the user sees.
struct UserFacingError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
