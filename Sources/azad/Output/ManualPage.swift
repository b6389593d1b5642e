import Foundation

/// The manual page `azad.1` in man(7) macros, written from the command tree: every listed command
/// with its abstract, discussion, arguments and options; the global options once; files, environment
/// and exit statuses.
struct ManualPage {
    var root: HelpDump.Command

    /// Options every command takes, described once under OPTIONS instead of under each command.
    static let globalKeys: Set<String> = ["feed", "cache-dir", "config", "theme", "clipboard", "help", "version"]

    init(dump: String) throws {
        root = try HelpDump(json: dump).command
    }

    var text: String {
        var lines = [
            ".\\\" Written by `azad generate-manual` from the command tree; do not edit.",
            ".TH AZAD 1 \"\" \"azad \(Version.current)\" \"User Commands\"",
            ".SH NAME",
            "azad \\- \(Self.escaped(root.abstract ?? ""))",
            ".SH SYNOPSIS",
            ".B azad",
            "[\\fIcommand\\fR] [\\fIoptions\\fR]",
            ".SH DESCRIPTION",
        ]
        lines += Self.paragraphs(root.discussion)
        lines.append(".SH OPTIONS")
        let read = root.subcommands?.first { $0.commandName == "read" }
        var described: Set<String> = []
        for argument in (read?.arguments ?? []) + (root.arguments ?? [])
        where argument.shouldDisplay && Self.globalKeys.contains(argument.key) {
            if described.insert(argument.key).inserted { lines += Self.item(argument) }
        }
        lines.append(".SH COMMANDS")
        for command in root.subcommands ?? [] where command.shouldDisplay ?? true {
            lines.append(".SS \(Self.escaped("azad \(command.commandName)"))")
            lines += Self.paragraphs(command.abstract)
            lines += Self.paragraphs(command.discussion)
            for argument in command.arguments ?? []
            where argument.shouldDisplay && !Self.globalKeys.contains(argument.key) {
                lines += Self.item(argument)
            }
        }
        lines += [
            ".SH ENVIRONMENT",
            ".TP", "\\fBAZAD_CACHE_DIR\\fR", "The cache folder, unless \\-\\-cache\\-dir is given.",
            ".TP", "\\fBXDG_CACHE_HOME\\fR, \\fBXDG_CONFIG_HOME\\fR, \\fBXDG_DATA_HOME\\fR",
            "Where the cache, the configuration and themes, and the reading state and clipboard file live.",
            ".TP", "\\fBAZAD_SHARE_DIR\\fR", "The folder holding the bundled sample\\-feed and themes.",
            ".TP", "\\fBNO_COLOR\\fR", "Draw the reader without colours.",
            ".TP", "\\fBESCDELAY\\fR",
            "Milliseconds the reader waits after Esc for the rest of a key's sequence (0 to 10000; 10 when unset).",
            ".SH FILES",
            ".TP", "\\fI$XDG_CONFIG_HOME/azad/config.toml\\fR",
            "The configuration; \\fBazad config \\-\\-defaults\\fR prints a commented one.",
            ".TP", "\\fI$XDG_CONFIG_HOME/azad/themes/*.toml\\fR", "The user's themes.",
            ".TP", "\\fI$XDG_DATA_HOME/azad/clipboard.txt\\fR", "Quotes, appended.",
            ".SH EXIT STATUS",
            ".TP", "0", "Done.",
            ".TP", "1", "The command failed: a file, the cache or the configuration could not be used.",
            ".TP", "2", "The command line is wrong: an unknown command, a missing argument, an impossible number.",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// A `.TP` item: the argument in bold, then its help.
    static func item(_ argument: HelpDump.Argument) -> [String] {
        var lines = [".TP", "\\fB\(escaped(argument.synopsis))\\fR"]
        var help = argument.abstract ?? ""
        if let value = argument.defaultValue, argument.kind == "option", !help.contains("default") {
            help += " (default: \(value))"
        }
        if !help.isEmpty { lines.append(escaped(help)) }
        if let discussion = argument.discussion, !discussion.isEmpty { lines.append(escaped(discussion)) }
        return lines
    }

    /// Paragraphs of help text, each its own `.PP`.
    static func paragraphs(_ text: String?) -> [String] {
        guard let text, !text.isEmpty else { return [] }
        return text.components(separatedBy: "\n\n").flatMap { [".PP", escaped($0)] }
    }

    /// Text safe in roff: backslashes and hyphens escaped, no line starting with a control character.
    static func escaped(_ text: String) -> String {
        let lines = text.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
            .split(separator: "\n", omittingEmptySubsequences: false)
        return lines.map { $0.hasPrefix(".") || $0.hasPrefix("'") ? "\\&" + $0 : String($0) }.joined(separator: "\n")
    }
}
