import AzadCore
import Foundation

/// A help page ArgumentParser wrote, in the interface's language: the commands' own texts come
/// translated from the catalog (`HelpLanguage`), and the parser's fixed words — its headings, the
/// `--help` and `--version` lines, `(default: …)`, `(values: …)` — are replaced here, line by line.
///
/// Each line is kept as pieces: code (indentation, option names, the usage synopsis) printed as it
/// is, and text, which on a terminal without bidi of its own is laid out like any right-to-left
/// text azad prints (shaped, in visual order), the last piece of a line set against the right edge.
struct HelpPage {
    /// One piece of a line.
    enum Piece: Equatable {
        /// Printed as it is: spaces, a label of options, the usage synopsis.
        case code(String)
        /// Words in the interface's language.
        case text(String)

        var string: String {
            switch self {
            case .code(let string), .text(let string): string
            }
        }
    }

    /// The page's lines, each a run of pieces.
    var lines: [[Piece]]

    /// The column where ArgumentParser starts an option's or a subcommand's description.
    static let descriptionColumn = 26

    /// Whether `text` is a help page the parser printed, rather than a version or a completion script.
    static func isHelp(_ text: String) -> Bool { text.hasPrefix("OVERVIEW: ") || text.hasPrefix("USAGE: ") }

    /// `text`, a help page in English headings, in `translation`'s language.
    init(_ text: String, translation t: Translation) {
        // The values and default of an option may be wrapped, a line break after any of their words.
        var text = text.replacingOccurrences(
            of: #"\(values:(?=\s)"#, with: "(\(t.tr("values:"))", options: .regularExpression)
        text = text.replacingOccurrences(
            of: #"([(;]\s*)default:(?=\s)"#, with: "$1\(t.tr("default:"))", options: .regularExpression)
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            Self.pieces(of: String($0), t)
        }
    }

    /// The page in logical order, as a pipe or a terminal with its own bidi gets it.
    var logical: String { lines.map { $0.map(\.string).joined() }.joined(separator: "\n") }

    /// The page for a terminal `width` columns wide that prints cells as received: every text piece
    /// that holds right-to-left letters shaped and in visual order, the last of a line against the
    /// right edge, any other where it stands.
    func visual(width: Int, options: LayoutOptions) -> String {
        lines.map { pieces in
            var line = ""
            for (index, piece) in pieces.enumerated() {
                guard case .text(let string) = piece, string.unicodeScalars.contains(where: Self.isRightToLeft) else {
                    line += piece.string
                    continue
                }
                // Layout would carry a piece's end spaces to its other side; they stay where they are.
                let leading = String(string.prefix { $0 == " " })
                let trailing = String(string.dropFirst(leading.count).reversed().prefix { $0 == " " })
                let core = String(string.dropFirst(leading.count).dropLast(trailing.count))
                let laidOut =
                    ParagraphLayout.lines(
                        core, width: LayoutArguments.maximumWidth, options: options, direction: .rightToLeft
                    ).first?.text ?? ""
                if index == pieces.count - 1 {
                    // The last piece against the right edge.
                    line += String(
                        repeating: " ", count: max(0, width - DisplayWidth.of(line) - DisplayWidth.of(laidOut)))
                } else {
                    // Any other keeps its columns (shaping may join two letters into one).
                    line +=
                        leading
                        + String(repeating: " ", count: max(0, DisplayWidth.of(core) - DisplayWidth.of(laidOut)))
                }
                line += laidOut + (index == pieces.count - 1 ? "" : trailing)
            }
            return line
        }.joined(separator: "\n")
    }

    /// A line's pieces, the parser's words in it translated.
    static func pieces(of line: String, _ t: Translation) -> [Piece] {
        let headings = [Translation.noop("ARGUMENTS:"), Translation.noop("OPTIONS:"), Translation.noop("SUBCOMMANDS:")]
        for heading in headings where line == heading {
            return [.text(t.tr(heading))]
        }
        if line.hasPrefix("OVERVIEW: ") {
            return [.text(t.tr("OVERVIEW:") + " " + marked(String(line.dropFirst("OVERVIEW: ".count))))]
        }
        if line.hasPrefix("USAGE: ") {
            return [.text(t.tr("USAGE:")), .code(" " + line.dropFirst("USAGE: ".count))]
        }
        let indent = String(line.prefix { $0 == " " })
        let rest = line.dropFirst(indent.count)
        if rest.hasPrefix("See '"), rest.hasSuffix(" <subcommand>' for detailed help.") {
            let command = rest.dropFirst("See '".count).dropLast(" <subcommand>' for detailed help.".count)
            return [
                .code(indent),
                .text(marked(t.tr("See '{command} <subcommand>' for detailed help.", ["command": String(command)]))),
            ]
        }
        guard let (label, spaces, description) = element(line) else {
            return rest.isEmpty ? [.code(line)] : [.code(indent), .text(marked(String(rest)))]
        }
        var pieces: [Piece] = [.code(label)]
        var padding = spaces
        if label.hasSuffix(" (default)") {
            // A subcommand run when none is named: `read (default)`.
            let marker = " (\(t.tr("default")))"
            pieces = [.code(String(label.dropLast(" (default)".count))), .text(marker)]
            let shorter = DisplayWidth.of(" (default)") - DisplayWidth.of(marker)
            padding = String(repeating: " ", count: max(1, padding.count + shorter))
        }
        let fixed = [Translation.noop("Show the version."), Translation.noop("Show help information.")]
        let translated = fixed.contains(description) ? t.tr(description) : description
        return pieces + [.code(padding), .text(marked(translated))]
    }

    /// An option's or a subcommand's line, `  LABEL  DESCRIPTION`, in its three parts: the label with
    /// its indentation, the spaces up to the description's column, the description.
    static func element(_ line: String) -> (label: String, padding: String, description: String)? {
        let characters = Array(line)
        let column = descriptionColumn
        guard characters.count > column, line.hasPrefix("  "), characters[2] != " ", characters[column - 1] == " ",
            characters[column] != " "
        else { return nil }
        let head = String(characters[..<column])
        let label = String(head.reversed().drop { $0 == " " }.reversed())
        // A label is the parser's (options, value names, subcommands): no right-to-left letter in it.
        guard !label.unicodeScalars.contains(where: isRightToLeft) else { return nil }
        return (label, String(repeating: " ", count: column - label.count), String(characters[column...]))
    }

    /// `text` with a left-to-right mark around what is written as it is typed (`--watch`, `-h`,
    /// `$XDG_CONFIG_HOME`, `<subcommand>`), so that among right-to-left words its dashes, dollar
    /// and angle brackets stay on its left-to-right side, on a terminal with its own bidi as in
    /// azad's visual order.
    static func marked(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isRightToLeft) else { return text }
        return text.replacingOccurrences(
            of: #"(?<![^\s(«])([-$<][-$<A-Za-z0-9_>]*[A-Za-z0-9_>])"#, with: "\u{200E}$1\u{200E}",
            options: .regularExpression)
    }

    /// Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms.
    static func isRightToLeft(_ scalar: Unicode.Scalar) -> Bool {
        (0x0590...0x08FF).contains(scalar.value) || (0xFB1D...0xFDFF).contains(scalar.value)
            || (0xFE70...0xFEFF).contains(scalar.value)
    }
}
