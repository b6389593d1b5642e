import ArgumentParser
import AzadCore
import AzadUI
import Foundation

struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: HelpLanguage.tr("Open the reader (the default).")
    )

    @OptionGroup var global: GlobalOptions

    @Flag(
        name: .customLong("no-sync"),
        help: ArgumentHelp(HelpLanguage.tr("Open the cache as it is, without syncing the feed folders at start.")))
    var noSync = false

    @Option(
        name: .customLong("layout-direction"),
        help: ArgumentHelp(
            HelpLanguage.tr("The reader's layout: ltr, rtl (the list on the right, laid out from the right) or auto."),
            discussion: HelpLanguage.tr(
                "auto follows the interface language; the default is the configuration's layout_direction.")))
    var layoutDirection: LayoutDirection?

    /// The reader's options that take a value, as the front door skips them to find the command.
    static let valueOptions: Set<String> = ["--layout-direction"]

    func run() throws {
        let effective = try global.resolve()
        let config = effective.config
        let paths = effective.paths
        let folders = effective.feedFolders
        guard !folders.isEmpty else {
            throw UserFacingError(
                effective.translation.tr("no feed folder configured and the bundled sample-feed/ was not found"))
        }
        // A wrong key binding stops the reader before anything is opened, as it stops every command.
        let keymap = try KeyBindings.keymap(for: config)
        // A file given as a feed is named as `azad sync` names it, before the terminal is taken.
        for folder in folders { try Library.checkFeed(folder) }
        // Without a UTF-8 locale the reader cannot show the articles: say so before opening anything.
        do {
            try Terminal.prepareLocale()
        } catch let error as Terminal.SetupError {
            throw UserFacingError(error.description(in: effective.translation))
        }
        // The cache when it can be opened; otherwise the folders read directly, so the reader still opens.
        let library: any ArticleLibrary
        let memory: any ReadingMemory
        // Opened through the one `Library` every command uses: a damaged cache is moved aside, rebuilt,
        // and named on stderr, where it stays readable once the reader gives the terminal back.
        if let cache = try? global.library(effective).cache() {
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
        let catalog = effective.themeCatalog
        let reader = Reader(
            library: library, memory: memory, keymap: keymap, themes: catalog.entries().map(\.name),
            layoutOptions: config.layoutOptions)
        reader.setDefaultMasthead(config.masthead)
        reader.state.readingWidth = config.readingWidth
        reader.state.translation = effective.translation
        // `auto` follows the interface language: right to left when it is Dari or Pashto and its
        // catalog was found (without one the interface is English).
        let translation = effective.translation
        reader.state.direction = (layoutDirection ?? config.layoutDirection).resolved(
            interfaceIsRightToLeft: translation.hasCatalog && translation.language.isRightToLeft)
        reader.markReadOn = config.markReadOn
        reader.spaceNextUnread = config.spaceNextUnread
        // --theme wins; else the theme last chosen with `t`; else the configuration's. `config.theme`
        // already holds --theme, so the override is given apart from it.
        let explicitTheme = effective.themeFlag
        reader.setTheme(config.theme)
        if let explicitTheme { reader.overrideTheme(explicitTheme) }
        let clipboard = effective.clipboardFile
        let app = ReaderApp(
            reader: reader,
            theme: { name, colors in
                let (theme, _, error) = catalog.theme(named: name, terminalColors: colors, requested: config.colors)
                return (TerminalStyle.styles(of: theme), error.map { "theme: \($0.description)" })
            },
            exportQuote: { request in ReadCommand.export(request, to: clipboard, effective.translation) },
            syncAtStart: !noSync, bidiMode: config.bidi, mouse: config.mouse, osc52: config.osc52)
        let status: Int32
        do {
            status = try app.run(themeOverride: explicitTheme)
        } catch let error as Terminal.SetupError {
            throw UserFacingError(error.description(in: effective.translation))
        }
        if status != 0 { throw ExitCode(status) }
    }

    /// Appends the quote to the clipboard file; the status line's words for how it went.
    static func export(_ request: QuoteRequest, to file: URL, _ translation: Translation = .english) -> String {
        do {
            try QuoteExporter(file: file).append(request.text, of: request.article)
            return translation.tr("quote added to {path}", ["path": file.path])
        } catch {
            return error.description
        }
    }
}
