import Foundation
import TOMLKit

extension Config {
    /// The configuration in `file`, or `ConfigError` naming the file, line and key of the first problem.
    ///
    /// `environment` supplies `HOME` for `~/` paths.
    public static func load(
        from file: URL, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(ConfigError) -> Config {
        let text = try readSettingsFile(file)
        return try parse(text, file: file.path, environment: environment)
    }

    /// The configuration `text` holds; `file` names it in errors and anchors relative paths.
    public static func parse(
        _ text: String, file: String, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(ConfigError) -> Config {
        let table = try parseTOML(text, file: file)
        let source = ConfigSource(file: file, map: TOMLSourceMap(text))
        let reader = TOMLReader(source: source)
        let folder = (file as NSString).deletingLastPathComponent
        func path(_ value: String, key: String) throws(ConfigError) -> String {
            guard !value.isEmpty else {
                throw reader.error([key], template: Translation.noop("expected a path, found an empty string"))
            }
            return absolutePath(value, relativeTo: folder, environment: environment)
        }
        var config = Config()
        config.source = source
        for key in table.keys.sorted(by: { (source.line(of: [$0]) ?? 0) < (source.line(of: [$1]) ?? 0) }) {
            let value = table[key]!
            switch key {
            case "feeds":
                var feeds: [String] = []
                for feed in try reader.strings(value, [key]) { feeds.append(try path(feed, key: key)) }
                config.feeds = feeds
            case "cache_dir": config.cacheDirectory = try path(try reader.string(value, [key]), key: key)
            case "theme":
                let name = try reader.string(value, [key])
                guard ThemeCatalog.isValidName(name) else {
                    throw reader.error(
                        [key], template: Translation.noop("“{name}” is not a theme name (letters, digits, - and _)"),
                        ["name": name])
                }
                config.theme = name
            case "colors":
                let raw = value.int.map(String.init) ?? value.string
                if raw == "auto" {
                    config.colors = nil
                } else if let raw, let depth = ColorDepth(rawValue: raw) {
                    config.colors = depth
                } else {
                    throw reader.error(
                        [key], template: Translation.noop("expected {expected}, found {found}"),
                        ["found": reader.show(value)],
                        choices: ["expected": ["\"auto\"", "\"256\"", "\"16\"", "\"8\"", "\"none\""]])
                }
            case "masthead": config.masthead = try reader.choice(value, [key])
            case "bidi": config.bidi = try reader.choice(value, [key])
            case "shaping": config.shaping = try reader.bool(value, [key])
            case "tab_width":
                let width = try reader.int(value, [key])
                guard (1...16).contains(width) else {
                    throw reader.error(
                        [key], template: Translation.noop("expected a width from 1 to 16, found {found}"),
                        ["found": String(width)])
                }
                config.tabWidth = width
            case "reading_width":
                let width = try reader.int(value, [key])
                guard width == 0 || (20...10_000).contains(width) else {
                    throw reader.error(
                        [key],
                        template: Translation.noop(
                            "expected 0 (the whole pane) or a width from 20 to 10000, found {found}"),
                        ["found": String(width)])
                }
                config.readingWidth = width
            case "layout_direction": config.layoutDirection = try reader.choice(value, [key])
            case "mouse": config.mouse = try reader.bool(value, [key])
            case "clipboard": config.clipboard = try path(try reader.string(value, [key]), key: key)
            case "osc52": config.osc52 = try reader.bool(value, [key])
            case "mark_read_on": config.markReadOn = try reader.choice(value, [key])
            case "space_next_unread": config.spaceNextUnread = try reader.bool(value, [key])
            case "ui_language": config.uiLanguage = try reader.choice(value, [key])
            case "ui_digits": config.uiDigits = try reader.choice(value, [key])
            case "keys":
                guard let keys = value.table else {
                    throw reader.error(
                        [key], template: Translation.noop("expected a table of operation = keys, found {found}"),
                        ["found": reader.show(value)])
                }
                for operation in keys.keys {
                    let bound = try reader.strings(keys[operation]!, [key, operation])
                    if bound.contains(where: \.isEmpty) {
                        throw reader.error(
                            [key, operation], template: Translation.noop("a key cannot be an empty string"))
                    }
                    config.keys[operation] = bound
                }
            default:
                throw reader.error(
                    [key], template: Translation.noop("unknown setting (known: {names})"),
                    ["names": Config.settingNames.joined(separator: ", ")])
            }
        }
        return config
    }

    /// The top-level keys a configuration file may hold, in the order `toml()` prints them.
    public static let settingNames = [
        "feeds", "cache_dir", "theme", "colors", "masthead", "bidi", "shaping", "tab_width", "reading_width",
        "layout_direction", "mouse", "clipboard", "osc52", "mark_read_on", "space_next_unread",
        "ui_language", "ui_digits", "keys",
    ]

    /// The configuration as a TOML file that `parse` reads back to the same configuration, and that
    /// prints the same again.
    ///
    /// `keyComments` puts a comment line above each key binding (what the operation does). Paths left
    /// to their XDG default (`cacheDirectory`, `clipboard` nil) are written as comments naming the default.
    public func toml(keyComments: [String: String] = [:]) -> String {
        var lines = [
            "# azad configuration: save as $XDG_CONFIG_HOME/azad/config.toml (see README, \"Configuration\").",
            "",
            "# Folders of text exports; empty means the bundled sample feed.",
            "feeds = \(TOMLText.array(feeds))",
        ]
        if let cacheDirectory {
            lines.append("cache_dir = \(TOMLText.string(cacheDirectory))")
        } else {
            lines.append("# cache_dir = \"~/.cache/azad\"  (default: $XDG_CACHE_HOME/azad; also AZAD_CACHE_DIR)")
        }
        lines += [
            "# A bundled or user theme (azad themes lists them); colors: auto, 256, 16, 8 or none.",
            "theme = \(TOMLText.string(theme))",
            "colors = \(TOMLText.string(colors?.rawValue ?? "auto"))",
            "# The masthead shown first: fa or en.",
            "masthead = \(TOMLText.string(masthead.rawValue))",
            "# Right-to-left text: visual (azad reorders and shapes) or terminal (the terminal does).",
            "bidi = \(TOMLText.string(bidi.rawValue))",
            "# Arabic letters in their joined forms (visual bidi only).",
            "shaping = \(shaping)",
            "# Columns from one tab stop to the next, 1 to 16.",
            "tab_width = \(tabWidth)",
            "# The reading pane's widest line in columns, centred in a wider pane; 0 for the whole pane.",
            "reading_width = \(readingWidth)",
            "# The reader's layout: rtl puts the list on the right and lays it out from the right; auto",
            "# follows the interface language (right to left for Dari and Pashto).",
            "layout_direction = \(TOMLText.string(layoutDirection.rawValue))",
            "# Mouse wheel and clicks in the reader.",
            "mouse = \(mouse)",
        ]
        if let clipboard {
            lines.append("clipboard = \(TOMLText.string(clipboard))")
        } else {
            lines.append(
                "# clipboard = \"~/.local/share/azad/clipboard.txt\"  (default: $XDG_DATA_HOME/azad/clipboard.txt)")
        }
        lines += [
            "# Also copy quotes to the terminal's clipboard (OSC 52).",
            "osc52 = \(osc52)",
            "# When an article counts as read: open (opened in the pane), end (read to its end) or never.",
            "mark_read_on = \(TOMLText.string(markReadOn.rawValue))",
            "# Space at the end of an article opens the next unread one.",
            "space_next_unread = \(spaceNextUnread)",
            "# The interface's language: auto (from LC_ALL, LC_MESSAGES or LANG), en, fa (Dari) or ps (Pashto).",
            "ui_language = \(TOMLText.string(uiLanguage.rawValue))",
            "# Numbers in the interface: native (the language's own digits, ۱۲ in Dari and Pashto) or latin.",
            "ui_digits = \(TOMLText.string(uiDigits.rawValue))",
            "",
            "# Operation = keys, replacing that operation's default keys.",
            "[keys]",
        ]
        for operation in keys.keys.sorted() {
            if let comment = keyComments[operation] { lines.append("# \(comment)") }
            lines.append("\(TOMLText.key(operation)) = \(TOMLText.array(keys[operation]!))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `value` made absolute: `~/…` under `HOME`, relative paths under `folder`.
    public static func absolutePath(_ value: String, relativeTo folder: String, environment: [String: String]) -> String
    {
        var value = value
        if value == "~" || value.hasPrefix("~/") {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            value = home + value.dropFirst()
        } else if !value.hasPrefix("/") {
            value = (folder as NSString).appendingPathComponent(value)
        }
        return (value as NSString).standardizingPath
    }
}

/// Reads a settings file as UTF-8, or says why it cannot.
func readSettingsFile(_ file: URL) throws(ConfigError) -> String {
    let data: Data
    do {
        data = try Data(contentsOf: file)
    } catch {
        let reason: String
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory) {
            reason = Translation.noop("no such file")
        } else if isDirectory.boolValue {
            reason = Translation.noop("it is a folder, not a file")
        } else {
            reason = Translation.noop("cannot be read (permission denied?)")
        }
        throw ConfigError(file: file.path, line: nil, key: nil, template: reason)
    }
    guard let text = String(data: data, encoding: .utf8) else {
        // Name the line of the first byte that is not UTF-8.
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let line = (lines.firstIndex { String(data: Data($0), encoding: .utf8) == nil } ?? 0) + 1
        throw ConfigError(
            file: file.path, line: line, key: nil, template: Translation.noop("the file is not UTF-8 text"))
    }
    return text
}

/// Parses TOML, turning TOMLKit's syntax errors into `ConfigError`s with the line.
func parseTOML(_ text: String, file: String) throws(ConfigError) -> TOMLTable {
    // TOMLKit hands the text to C as a C string, which would end it at a NUL.
    if let nul = text.unicodeScalars.firstIndex(of: "\0") {
        let line = text.unicodeScalars[..<nul].filter { $0 == "\n" }.count + 1
        throw ConfigError(
            file: file, line: line, key: nil, template: Translation.noop("a NUL character is not allowed in TOML"))
    }
    do {
        return try TOMLTable(string: text)
    } catch let error as TOMLParseError {
        throw TOMLSyntaxError.configError(
            error.description, file: file, line: error.source.begin.line, column: error.source.begin.column)
    } catch {
        throw ConfigError(file: file, line: nil, key: nil, message: "TOML syntax: \(error)")
    }
}
