import ArgumentParser
import AzadCore
import AzadUI
import Foundation

struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the reader (the default)."
    )

    @OptionGroup var global: GlobalOptions

    @Flag(name: .customLong("no-sync"), help: "Open the cache as it is, without syncing the feed folders at start.")
    var noSync = false

    func run() throws {
        let paths = global.paths
        let folders = global.feedFolders
        guard !folders.isEmpty else {
            throw UserFacingError("azad: no feed folder configured and the bundled sample-feed/ was not found")
        }
        // The cache when it can be opened; otherwise the folders read directly, so the reader still opens.
        let library: any ArticleLibrary
        let memory: any ReadingMemory
        if let cache = try? ArticleCache(directory: paths.cacheDirectory) {
            library = CacheLibrary(cache: cache, feeds: folders)
            if let state = try? ReadingState(directory: paths.dataDirectory) {
                memory = CacheReadingMemory(state: state, cache: cache)
            } else {
                memory = TransientReadingMemory()
            }
        } else {
            library = FolderLibrary(folders: folders)
            memory = FileReadingMemory(file: paths.dataDirectory.appendingPathComponent("reading-state.json"))
        }
        let reader = Reader(library: library, memory: memory, themes: ReadCommand.themeNames(paths: paths))
        if let theme = global.theme { reader.setTheme(theme) }
        let app = ReaderApp(
            reader: reader,
            styles: { _ in TerminalStyle.builtIn },
            exportQuote: { request in
                "quote export is not available in this build (\(request.text.count) characters selected)"
            },
            syncAtStart: !noSync)
        let status: Int32
        do {
            status = try app.run()
        } catch let error as Terminal.SetupError {
            throw UserFacingError(error.description)
        }
        if status != 0 { throw ExitCode(status) }
    }

    /// Bundled themes, then the user's own, by name.
    static func themeNames(paths: Paths) -> [String] {
        var names: [String] = []
        for folder in [BundledResources.themes, paths.userThemesDirectory].compactMap({ $0 }) {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for file in files.sorted() where file.hasSuffix(".toml") {
                let name = String(file.dropLast(5))
                if !names.contains(name) { names.append(name) }
            }
        }
        if !names.contains("default") { names.insert("default", at: 0) }
        return names
    }
}
