import Foundation

/// Recognises the lines of the site's masthead, which every export repeats and which is never article text.
///
/// The masthead is: the name line (`افغانستان آزاد ــ آزاد افغانستان`, tatweel or dash between), `AA-AA`,
/// Ferdowsi's couplet (on one, two or four lines, half-lines split by a tab or spaces), the site line
/// (`www.afgazad.com<TAB>afgazad@gmail.com`) and, after it, the section line.
enum MastheadLine: Sendable, Hashable {
    case name
    case initials
    case couplet
    case site

    /// Whether this kind of line alone proves a masthead (a couplet line might be a quoted poem).
    var isDistinctive: Bool { self != .couplet }

    /// The kind of masthead line `line` is, or nil.
    static func classify(_ line: some StringProtocol) -> MastheadLine? {
        // Even run together, the masthead's lines are short; paragraphs need no folding here.
        // More than 140 sure letters means a compact form of more than 140 Characters: no need to build it.
        guard line.utf8.count <= 140 || !surelyCompactsToMoreThan(140, line) else { return nil }
        guard line.utf8.count <= 320 || line.unicodeScalars.dropFirst(320).isEmpty else { return nil }
        let compact = MatchKey.compact(line)
        guard !compact.isEmpty, compact.hasAtMost(140) else { return nil }
        if compact == "aaaa", line.uppercased().contains("AA") { return .initials }
        if isSite(line) { return .site }
        if nearlyEqual(compact, nameKey, tolerance: 2) || compact == "afghanistanazadazadafghanistan" {
            return .name
        }
        if isCouplet(compact) { return .couplet }
        if trailingSection(line) != nil { return .site }
        // Lines PDF extraction ran together: `افغانستان آزاد ــ آزاد افغانستان AA-AA`, couplet and site.
        if let kinds = segments(compact), kinds.count >= 2 {
            for kind in [MastheadLine.name, .site, .initials] where kinds.contains(kind) { return kind }
            return .couplet
        }
        return nil
    }

    /// The section named after the site's address on the same line
    /// (`www.afgazad.com afgazad@gmail.com سیاسی`), when extraction joined the two lines.
    static func trailingSection(_ line: some StringProtocol) -> (name: String, guessed: Bool)? {
        // Only a line whose first token is the site's address has one.
        guard mentionsSite(line) else { return nil }
        var rest = Substring(line)
        var sawSite = false
        while true {
            rest = rest.drop(while: { $0.isWhitespace })
            let token = rest.prefix(while: { !$0.isWhitespace })
            guard !token.isEmpty, isSite(token) else { break }
            sawSite = true
            rest = rest.dropFirst(token.count)
        }
        guard sawSite, !rest.isEmpty, let found = section(rest), !found.guessed else { return nil }
        return found
    }

    /// The section a line names, if it is a section line: `European Languages<TAB>زبان های اروپائی`,
    /// or a known Persian/Pashto section word. `guessed` is true for an unknown single word that only
    /// looks like one (a Persian adjective in -ی); the caller decides whether that is enough.
    static func section(_ line: some StringProtocol) -> (name: String, guessed: Bool)? {
        let trimmed = line.trimmingWhitespaces()
        guard !trimmed.isEmpty, trimmed.hasAtMost(60) else { return nil }
        let compact = MatchKey.compact(trimmed)
        if compact.contains("europeanlanguages") || compact == "زبانهایاروپایی" || compact == "زبانهایاروپای" {
            return ("European Languages", false)
        }
        let parts = trimmed.split(whereSeparator: { $0 == "\t" }).map { $0.trimmingWhitespaces() }
        for part in parts where knownSections.contains(MatchKey.compact(part)) {
            return (part, false)
        }
        // Several sections at once: `سیاسی – اجتماعی`, `ادبی و فرهنگی`.
        let words = trimmed.split(whereSeparator: { !$0.isLetter && $0 != "\u{200C}" }).map { MatchKey.compact($0) }
            .filter { $0 != "و" && $0 != "and" }
        if words.count >= 2, words.allSatisfy(knownSections.contains) {
            return (trimmed.split(whereSeparator: { $0 == "\t" }).joined(separator: " "), false)
        }
        if parts.count == 1, !trimmed.contains(" "), trimmed.count <= 12, compact.hasSuffix("ی"),
            trimmed.unicodeScalars.allSatisfy({ (0x0600...0x06FF).contains($0.value) || $0 == "\u{200C}" })
        {
            return (trimmed, true)
        }
        return nil
    }

    // MARK: - Known text

    private static let nameKey = MatchKey.compact("افغانستان آزاد ــ آزاد افغانستان")

    /// The four half-lines of the couplet, in order.
    private static let halfLines = [
        "همه سر به سر تن به کشتن دهیم", "از آن به که کشور به دشمن دهیم",
        "چو کشور نباشد تن من مباد", "بدین بوم و بر زنده یک تن مباد",
    ].map { MatchKey.compact($0) }

    /// Masthead pieces that extraction may run together on one line, folded and compacted.
    private static let pieces: [(String, MastheadLine)] =
        [(nameKey, .name), ("afghanistanazadazadafghanistan", .name), ("aaaa", .initials)]
        + ["wwwafgazadcom", "httpwwwafgazadcom", "afgazadcom", "afgazadgmailcom", "emailafgazadgmailcom"].map {
            ($0, MastheadLine.site)
        }
        + halfLines.map { ($0, MastheadLine.couplet) }

    /// The kinds of the masthead pieces `compact` is made of, in order, or nil when it is anything else.
    private static func segments(_ compact: String) -> [MastheadLine]? {
        guard compact.count >= 8 else { return nil }
        var rest = Substring(compact)
        var kinds: [MastheadLine] = []
        outer: while !rest.isEmpty {
            for (piece, kind) in pieces where rest.hasPrefix(piece) {
                kinds.append(kind)
                rest = rest.dropFirst(piece.count)
                continue outer
            }
            return nil
        }
        return kinds
    }

    /// Every run of consecutive half-lines, folded: a couplet line is one of these.
    private static let coupletRuns: [String] = {
        var runs: [String] = []
        for start in halfLines.indices {
            for end in start..<halfLines.count { runs.append(halfLines[start...end].joined()) }
        }
        return runs
    }()

    /// The Character counts of `coupletRuns`, in the same order.
    private static let coupletRunLengths = coupletRuns.map(\.count)

    private static let knownSections: Set<String> = Set(
        [
            "سیاسی", "اجتماعی", "ادبی", "تاریخی", "فرهنگی", "اقتصادی", "علمی", "دینی", "ورزشی", "طنز", "هنری",
            "فلسفی", "حقوقی", "دیدگاه", "گزارش", "مصاحبه", "شعر", "داستان", "نقد", "زنان", "اخبار", "خبری",
            "سیاسی اجتماعی", "ادبی فرهنگی", "ټولنیز", "ټولنيز", "سیاسي", "ادبي", "تاریخي", "فرهنګي", "اقتصادي",
            "علمي", "دیني", "ټولنیزه", "سیاسي ټولنیز", "پښتو", "دری", "political", "social", "literary",
            "historical", "cultural",
        ].map { MatchKey.compact($0) })

    /// The line with the site's address and mail removed, when it holds them among other text
    /// (`www.afgazad.com   2`); nil when it does not mention the site.
    static func withoutSite(_ line: some StringProtocol) -> String? {
        guard mentionsSite(line) else { return nil }
        var sawSite = false
        var kept: [String] = []
        for token in line.split(whereSeparator: { $0.isWhitespace }) {
            if isSite(token) { sawSite = true } else { kept.append(String(token)) }
        }
        return sawSite
            ? kept.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: "|-–—· \t")) : nil
    }

    /// Whether `MatchKey.compact(line)` certainly has more than `limit` Characters, from its UTF-8
    /// bytes alone: ASCII letters and digits and the plain Arabic-script letters (ء–غ, ف–ي, پ چ ژ ک
    /// گ ی) each fold to one letter that starts a Character of its own and that compacting keeps
    /// (marks, tatweel and format characters, the things folding and compacting drop, are not counted).
    /// Only a prepended scalar could join such a letter to the Character before it; those below U+0800
    /// are format characters, which compacting drops, and a line with scalars from U+0800 to U+0FFF or
    /// beyond U+FFFF (where the others are) is not judged here.
    static func surelyCompactsToMoreThan(_ limit: Int, _ line: some StringProtocol) -> Bool {
        line.utf8.withContiguousStorageIfAvailable { surelyCompactsToMoreThan(limit, bytes: $0) }
            ?? surelyCompactsToMoreThan(limit, bytes: Array(line.utf8))
    }

    private static func surelyCompactsToMoreThan(_ limit: Int, bytes: some Collection<UInt8>) -> Bool {
        var letters = 0
        var lead: UInt8 = 0
        for byte in bytes {
            if byte == 0xE0 || byte >= 0xF0 { return false }
            let isLetter: Bool
            switch (lead, byte) {
            case (_, 0x30...0x39), (_, 0x41...0x5A), (_, 0x61...0x7A): isLetter = true
            case (0xD8, 0xA1...0xBA), (0xD9, 0x81...0x8A), (0xD9, 0xBE), (0xDA, 0x86), (0xDA, 0x98), (0xDA, 0xA9),
                (0xDA, 0xAF), (0xDB, 0x8C):
                isLetter = true
            default: isLetter = false
            }
            if isLetter {
                letters += 1
                if letters > limit { return true }
            }
            lead = byte
        }
        return false
    }

    /// Whether `line` holds `afgazad` in ASCII letters of either case: every address `isSite` knows
    /// does, and no scalar outside ASCII lowercases to those letters, so a line without them is no
    /// site line whatever its length.
    static func mentionsSite(_ line: some StringProtocol) -> Bool {
        line.utf8.withContiguousStorageIfAvailable { mentionsSite(bytes: $0) } ?? mentionsSite(bytes: line.utf8)
    }

    private static func mentionsSite(bytes: some Sequence<UInt8>) -> Bool {
        // The last seven bytes, ASCII capitals lowered, against `afgazad` packed the same way.
        let needle = "afgazad".utf8.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        var window: UInt64 = 0
        for byte in bytes {
            let lowered = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            window = (window << 8 | UInt64(lowered)) & 0xFF_FFFF_FFFF_FFFF
            if window == needle { return true }
        }
        return false
    }

    private static func isSite(_ line: some StringProtocol) -> Bool {
        guard mentionsSite(line) else { return false }
        var sawSite = false
        for token in line.lowercased().split(whereSeparator: { $0.isWhitespace }) {
            var word = Substring(token)
            for prefix in ["https://", "http://"] where word.hasPrefix(prefix) { word = word.dropFirst(prefix.count) }
            while word.hasSuffix("/") { word = word.dropLast() }
            switch word {
            case "www.afgazad.com", "afgazad.com", "afgazad@gmail.com", "afgazad@yahoo.com": sawSite = true
            case "e-mail:", "email:", "|", "-": continue
            default: return false
            }
        }
        return sawSite
    }

    private static func isCouplet(_ compact: String) -> Bool {
        // Cheap gate first: the text must be Arabic script of a plausible length.
        guard compact.unicodeScalars.allSatisfy({ (0x0600...0x06FF).contains($0.value) }),
            compact.hasAtMost(110)
        else { return false }
        let length = compact.count
        guard length >= 15 else { return false }
        return zip(coupletRuns, coupletRunLengths).contains { run, runLength in
            abs(runLength - length) <= max(2, runLength / 8)
                && nearlyEqual(compact, run, tolerance: max(2, runLength / 10))
        }
    }

    /// Whether two strings are within `tolerance` edits of each other (PDF extraction drops a letter
    /// here and there).
    static func nearlyEqual(_ a: String, _ b: String, tolerance: Int) -> Bool {
        if a == b { return true }
        let x = Array(a.unicodeScalars)
        let y = Array(b.unicodeScalars)
        guard abs(x.count - y.count) <= tolerance else { return false }
        guard !x.isEmpty, !y.isEmpty else { return max(x.count, y.count) <= tolerance }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in stride(from: 1, through: y.count, by: 1) {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > tolerance { return false }
            swap(&previous, &current)
        }
        return previous[y.count] <= tolerance
    }
}
