import Foundation

/// Splits decoded text into pages and removes what PDF extraction put around the article:
/// repeated mastheads (with their section line) and page footers.
///
/// What it removes is site chrome or page furniture, never article text; the section it reads from
/// the masthead is returned so the parser can report it.
struct PageCleaner {
    /// One line of the cleaned text.
    enum Entry: Hashable {
        case text(String)
        case blank
        /// A form feed stood here.
        case pageBreak
    }

    /// The cleaned lines.
    var entries: [Entry] = []
    /// Whether any masthead was found.
    var foundMasthead = false
    /// The section from the masthead's section line.
    var section: String?
    /// Guesses made while cleaning.
    var warnings: [String] = []

    /// Cleans `text`, which it lets go of once every page's lines are made (copies of their own):
    /// a big export's text and its cleaned lines are never held beside the lines' lists too.
    init(_ text: consuming String) {
        var pages = Self.lineLists(of: text)
        _ = consume text
        for index in pages.indices {
            var lines: [String?] = []
            swap(&lines, &pages[index])
            removeMastheads(&lines)
            if index > 0 { removeRepeatedSectionLine(&lines) }
            removeFooters(&lines, pageNumber: index + 1, multiPage: pages.count > 1)
            if index > 0 { entries.append(.pageBreak) }
            entries.reserveCapacity(entries.count + lines.count)
            for line in lines {
                guard let line else { continue }
                entries.append(line.isEmpty ? .blank : .text(line))
            }
        }
    }

    /// The trimmed lines of each page of `text`. Trimmed as each line is found: an array of a page's
    /// lines as substrings beside this one would add a slice per line to a big export's peak.
    private static func lineLists(of text: String) -> [[String?]] {
        pages(of: text).map { page in
            var lines: [String?] = []
            forEachPiece(of: page, at: 0x0A, count: { lines.reserveCapacity($0) }) { lines.append(trimmed($0)) }
            return lines
        }
    }

    /// `text.split(separator: "\u{0C}", omittingEmptySubsequences: false)`, by bytes: a form feed is
    /// always a Character of its own, so no grapheme breaking is needed to find it.
    static func pages(of text: String) -> [Substring] {
        split(Substring(text), at: 0x0C)
    }

    /// `page.split(separator: "\n", omittingEmptySubsequences: false)`, by bytes: a line feed is a
    /// Character of its own unless a carriage return comes before it (`\r\n` is one Character).
    static func lines(of page: Substring) -> [Substring] {
        split(page, at: 0x0A)
    }

    private static func split(_ text: Substring, at separator: UInt8) -> [Substring] {
        var pieces: [Substring] = []
        forEachPiece(of: text, at: separator, count: { pieces.reserveCapacity($0) }) { pieces.append($0) }
        return pieces
    }

    /// Calls `body` with each piece of `split(text, at: separator)`, in order, after telling `count`
    /// how many there are when that is known first.
    private static func forEachPiece(
        of text: Substring, at separator: UInt8, count: (Int) -> Void, _ body: (Substring) -> Void
    ) {
        // Separators found in the contiguous bytes, indexes made from their offsets (constant time in
        // UTF-8). Counted in a first pass: a list of offsets as long as a big export's lines would add
        // to its peak.
        let found: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var pieces = 1
            forEachSeparator(in: bytes, separator) { _ in pieces += 1 }
            count(pieces)
            let utf8 = text.utf8
            var start = utf8.startIndex
            forEachSeparator(in: bytes, separator) { offset in
                let end = utf8.index(utf8.startIndex, offsetBy: offset)
                body(text[start..<end])
                start = utf8.index(after: end)
            }
            body(text[start..<utf8.endIndex])
            return true
        }
        if found == nil { forEachPieceByIndex(of: text, at: separator, body) }
    }

    /// Calls `body` with the offset of each `separator` in `bytes` that splits (a line feed after a
    /// carriage return does not).
    private static func forEachSeparator(
        in bytes: UnsafeBufferPointer<UInt8>, _ separator: UInt8, _ body: (Int) -> Void
    ) {
        guard let base = bytes.baseAddress else { return }
        // memchr from separator to separator: lines are long and separators few.
        var offset = 0
        while offset < bytes.count, let found = memchr(base + offset, Int32(separator), bytes.count - offset) {
            let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if !(separator == 0x0A && position > 0 && bytes[position - 1] == 0x0D) { body(position) }
            offset = position + 1
        }
    }

    private static func forEachPieceByIndex(of text: Substring, at separator: UInt8, _ body: (Substring) -> Void) {
        let bytes = text.utf8
        var start = bytes.startIndex
        var index = bytes.startIndex
        var previous: UInt8 = 0
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == separator && !(separator == 0x0A && previous == 0x0D) {
                body(text[start..<index])
                start = bytes.index(after: index)
            }
            previous = byte
            bytes.formIndex(after: &index)
        }
        body(text[start..<bytes.endIndex])
    }

    /// The line without surrounding whitespace, and without the BOM or direction marks some extractors
    /// leave at line starts; a line of only those is empty.
    static func trimmed(_ line: Substring) -> String {
        // Scalar by scalar, as `trimmingCharacters(in:)` trims, without bridging every line to NSString.
        let scalars = line.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isEdge(scalars[start]) { scalars.formIndex(after: &start) }
        while end > start, isEdge(scalars[scalars.index(before: end)]) { scalars.formIndex(before: &end) }
        return String(scalars[start..<end])
    }

    private static let edges = CharacterSet.whitespaces.union(["\u{FEFF}", "\u{200E}", "\u{200F}", "\u{00A0}"])

    @inline(__always)
    private static func isEdge(_ scalar: Unicode.Scalar) -> Bool {
        // Printable ASCII other than the space is never an edge: skip the set lookup for most lines.
        if scalar.value > 0x20 && scalar.value < 0x7F { return false }
        return edges.contains(scalar)
    }

    // MARK: - Mastheads

    private mutating func removeMastheads(_ lines: inout [String?]) {
        var index = 0
        while index < lines.count {
            guard let line = lines[index], MastheadLine.classify(line) != nil else {
                index += 1
                continue
            }
            var members: [Int] = []
            var kinds: [MastheadLine] = []
            var end = index
            while end < lines.count, let candidate = lines[end] {
                if candidate.isEmpty {
                    end += 1
                    continue
                }
                guard let kind = MastheadLine.classify(candidate) else { break }
                members.append(end)
                kinds.append(kind)
                end += 1
            }
            let couplets = kinds.filter { $0 == .couplet }.count
            guard kinds.contains(where: \.isDistinctive) || couplets >= 2 else {
                index = end
                continue
            }
            for member in members {
                if section == nil, let found = MastheadLine.trailingSection(lines[member]!) { section = found.name }
                lines[member] = nil
            }
            takeSectionLine(&lines, after: end)
            foundMasthead = true
            index = end
        }
        // A document without a masthead may still open with its section line.
        if !foundMasthead, section == nil,
            let first = lines.firstIndex(where: { $0.map { !$0.isEmpty } ?? false }),
            let found = MastheadLine.section(lines[first]!), !found.guessed,
            found.name == "European Languages" || lines[first]!.contains("\t")
        {
            section = found.name
            lines[first] = nil
        }
    }

    /// Removes the section line that follows a masthead: the first one sets the article's section,
    /// later ones (repeated on every page) must name a section for sure or repeat the first.
    private mutating func takeSectionLine(_ lines: inout [String?], after end: Int) {
        guard let next = lines[end...].firstIndex(where: { $0.map { !$0.isEmpty } ?? false }),
            let line = lines[next], let found = MastheadLine.section(line)
        else { return }
        if let section {
            guard found.name == section || !found.guessed else { return }
        } else {
            // The masthead of the first page: only there is a guessed section word taken.
            section = found.name
            if found.guessed { warnings.append("took “\(found.name)” after the masthead as the section") }
        }
        lines[next] = nil
        // `European Languages` and `زبان های اروپائی` on two lines of their own.
        if let other = lines[(next + 1)...].firstIndex(where: { $0.map { !$0.isEmpty } ?? false }),
            let second = lines[other].flatMap(MastheadLine.section), second.name == found.name, !second.guessed
        {
            lines[other] = nil
        }
    }

    /// A later page that opens with the section line alone (the rest of its masthead lost).
    private func removeRepeatedSectionLine(_ lines: inout [String?]) {
        guard let section,
            let first = lines.firstIndex(where: { $0.map { !$0.isEmpty } ?? false }),
            let found = MastheadLine.section(lines[first]!), found.name == section
        else { return }
        lines[first] = nil
    }

    // MARK: - Footers

    private mutating func removeFooters(_ lines: inout [String?], pageNumber: Int, multiPage: Bool) {
        for index in lines.indices {
            guard let line = lines[index], !line.isEmpty else { continue }
            if Self.isFooter(line) { lines[index] = nil }
        }
        guard multiPage else { return }
        // Bare page numbers only count at the edges of a page: elsewhere a number alone is text.
        let nonEmpty = lines.indices.filter { lines[$0].map { !$0.isEmpty } ?? false }
        for index in [nonEmpty.first, nonEmpty.last].compactMap({ $0 }) {
            guard let line = lines[index], Self.isBarePageNumber(line) else { continue }
            warnings.append("removed “\(line)” at the edge of page \(pageNumber) as a page number")
            lines[index] = nil
        }
    }

    nonisolated(unsafe) private static let footerPatterns: [Regex<AnyRegexOutput>] = [
        #"^p\s*a\s*g\s*e\s*[|:]?\s*\d+(\s*(of|/|von|sur|de)\s*\d+)?$"#,
        #"^\d+\s*\|\s*p\s*a\s*g\s*e$"#,
        #"^(page|seite|pagina|página|صفحه|مخ|برگ)\s*[:.]?\s*\d+(\s*(of|von|sur|de|از|له|/)\s*\d+)?$"#,
        #"^[-–—]\s*\d+\s*[-–—]$"#,
    ].map { try! Regex($0) }

    nonisolated(unsafe) private static let barePatterns: [Regex<AnyRegexOutput>] = [
        #"^[(\[]?\d{1,3}[)\]]?$"#,
        #"^\d{1,3}\s*(/|of|von|sur|از)\s*\d{1,3}$"#,
    ].map { try! Regex($0) }

    /// A page footer or header that can stand anywhere: `P a g e | 2`, `Page 2 of 5`, `صفحه ۲`.
    static func isFooter(_ line: String) -> Bool {
        guard line.utf8.count <= 80 || line.unicodeScalars.dropFirst(80).isEmpty else { return false }
        // `www.afgazad.com   Page 2`: the site's address beside a page number.
        if let rest = MastheadLine.withoutSite(line), rest != line {
            return rest.isEmpty || isFooter(rest) || isBarePageNumber(rest)
        }
        let key = MatchKey.fold(line).trimmingWhitespaces()
        guard key.count <= 30, hasNumber(key) else { return false }
        return footerPatterns.contains { (try? $0.wholeMatch(in: key)) != nil }
    }

    /// A number alone (`2`, `(2)`, `2/5`), a footer only at a page's edge.
    static func isBarePageNumber(_ line: String) -> Bool {
        guard line.unicodeScalars.count <= 16 else { return false }
        let key = MatchKey.fold(line).trimmingWhitespaces()
        guard key.count <= 12, hasNumber(key) else { return false }
        return barePatterns.contains { (try? $0.wholeMatch(in: key)) != nil }
    }

    /// Whether `key` holds a scalar with a numeric value, as every footer and page-number pattern
    /// needs: Regex's `\d` matches any Character that `isNumber` (`²`, `½`, `五` too), and no scalar
    /// without a numeric type (checked over all of Unicode). Most lines have none, and a Regex match
    /// costs far more than this look.
    static func hasNumber(_ key: String) -> Bool {
        key.unicodeScalars.contains { $0.properties.numericType != nil }
    }
}
