/// The masthead of afgazad.com, as the reader draws it and `azad masthead` prints it.
///
/// Site chrome, the same on every export: the name line, `AA-AA`, Ferdowsi's couplet, the site
/// line and the section line. The Persian form opens with the Persian name, the English form with
/// "Afghanistan Azad — Azad Afghanistan"; the couplet stays in Persian in both, as on the site.
/// Persian lines are shaped, reordered and right-aligned like any right-to-left paragraph; the site
/// and section lines put their English at the left edge and their Persian at the right.
public enum Masthead {
    /// The section line's two halves.
    public struct Section: Sendable, Hashable {
        public var english: String
        public var persian: String

        public init(english: String, persian: String) {
            self.english = english
            self.persian = persian
        }

        /// The section line of European-language pages.
        public static let europeanLanguages = Section(english: "European Languages", persian: "زبان های اروپائی")
    }

    public static let persianName = "افغانستان آزاد ــ آزاد افغانستان"
    public static let englishName = "Afghanistan Azad — Azad Afghanistan"
    public static let initials = "AA-AA"
    /// Ferdowsi's couplet as the exports print it: two lines of two half-lines each.
    public static let couplet: [[String]] = [
        ["همه سر به سر تن به کشتن دهیم", "از آن به که کشور به دشمن دهیم"],
        ["چو کشور نباشد تن من مباد", "بدین بوم وبر زنده یک تن مباد"],
    ]
    public static let website = "www.afgazad.com"
    public static let email = "afgazad@gmail.com"

    /// The full masthead in `width` columns.
    public static func rows(
        language: MastheadLanguage, width: Int, options: LayoutOptions = LayoutOptions(),
        section: Section = .europeanLanguages
    ) -> [MastheadRow] {
        let width = max(1, width)
        let edge: ParagraphDirection = language == .persian ? .rightToLeft : .leftToRight
        var rows: [MastheadRow] = []
        func add(_ text: String, _ role: MastheadRow.Role, direction: ParagraphDirection? = nil) {
            for line in ParagraphLayout.lines(text, width: width, options: options, direction: direction) {
                rows.append(
                    MastheadRow(role: role, pieces: [MastheadRow.Piece(column: line.indent(in: width), line: line)]))
            }
        }
        add(language == .persian ? persianName : englishName, .name)
        add(initials, .initials, direction: edge)
        for halves in couplet {
            // A couplet line whole when it fits, else one half-line under the other.
            let whole = halves.joined(separator: "   ")
            if DisplayWidth.of(whole) <= width {
                add(whole, .couplet)
            } else {
                for half in halves { add(half, .couplet) }
            }
        }
        rows += twoEnded(website, email, role: .site, width: width, options: options)
        rows += twoEnded(section.english, section.persian, role: .section, width: width, options: options)
        return rows
    }

    /// The one-row masthead for short terminals: the name line, cut with an ellipsis if need be.
    public static func compactRow(language: MastheadLanguage, width: Int, options: LayoutOptions = LayoutOptions())
        -> MastheadRow
    {
        let width = max(1, width)
        let name = DisplayWidth.truncate(language == .persian ? persianName : englishName, toWidth: width)
        let line = ParagraphLayout.lines(name, width: width, options: options)[0]
        return MastheadRow(role: .name, pieces: [MastheadRow.Piece(column: line.indent(in: width), line: line)])
    }

    /// The full masthead as text, one row a line, for `azad masthead`.
    public static func plainText(
        language: MastheadLanguage, width: Int, options: LayoutOptions = LayoutOptions(),
        section: Section = .europeanLanguages
    ) -> String {
        rows(language: language, width: width, options: options, section: section).map { $0.plainText + "\n" }
            .joined()
    }

    /// `left` at the left edge and `right` at the right edge of one row, or two rows when they do
    /// not fit side by side with a column between them.
    static func twoEnded(
        _ left: String, _ right: String, role: MastheadRow.Role, width: Int, options: LayoutOptions
    ) -> [MastheadRow] {
        let leftLines = ParagraphLayout.lines(left, width: width, options: options, direction: .leftToRight)
        let rightLines = ParagraphLayout.lines(right, width: width, options: options, direction: .rightToLeft)
        if leftLines.count == 1, rightLines.count == 1, leftLines[0].width + 1 + rightLines[0].width <= width {
            return [
                MastheadRow(
                    role: role,
                    pieces: [
                        MastheadRow.Piece(column: 0, line: leftLines[0]),
                        MastheadRow.Piece(column: width - rightLines[0].width, line: rightLines[0]),
                    ])
            ]
        }
        return leftLines.map { MastheadRow(role: role, pieces: [MastheadRow.Piece(column: 0, line: $0)]) }
            + rightLines.map {
                MastheadRow(role: role, pieces: [MastheadRow.Piece(column: $0.indent(in: width), line: $0)])
            }
    }
}
