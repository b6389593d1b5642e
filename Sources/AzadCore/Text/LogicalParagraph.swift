import CICU

/// A paragraph cut into units (grapheme clusters after sanitising), with their UTF-16 text for ICU.
struct LogicalParagraph {
    enum Kind: UInt8 {
        case text
        /// Whitespace that may hang past the right edge and is trimmed at the end of a line.
        case space
        case tab
        case lineBreak
    }

    struct Unit {
        var sourceStart: String.Index
        var sourceEnd: String.Index
        /// UTF-16 range in `buffer`.
        var start: Int
        var end: Int
        var kind: Kind
        var width: Int
        /// May not be split from the unit before (the alef of a lam-alef ligature).
        var glued = false
        var breakBefore = false
    }

    let source: Substring
    let options: LayoutOptions
    var units: [Unit] = []
    var buffer: [UInt16] = []

    init(_ source: Substring, options: LayoutOptions) {
        self.source = source
        self.options = options
        buffer.reserveCapacity(source.utf8.count)
        Sanitizer.scan(source) { token, range in
            switch token {
            case .text(let character):
                let first = character.unicodeScalars.first!
                if first.value >= 0x300,
                    first.properties.isGraphemeExtend || first.properties.generalCategory == .spacingMark,
                    let last = units.last, last.kind != .lineBreak
                {
                    // A mark left without its base (after a removed control): keep it on the cell before.
                    units[units.count - 1].sourceEnd = range.upperBound
                    buffer.append(contentsOf: character.utf16)
                    units[units.count - 1].end = buffer.count
                    units[units.count - 1].width = last.width + DisplayWidth.of(character)
                    return
                }
                if first.value < 0x80, character.utf8.count == 1 {
                    // ASCII, most of a European article: no generic sequence work.
                    add(range, CollectionOfOne(UInt16(first.value)), first == " " ? .space : .text, 1)
                    return
                }
                add(range, character.utf16, Self.isHangingSpace(character) ? .space : .text, DisplayWidth.of(character))
            case .placeholder(let character):
                add(range, character.utf16, .text, DisplayWidth.of(character))
            case .tab:
                add(range, CollectionOfOne(0x09), .tab, 0)
            case .lineBreak:
                add(range, CollectionOfOne(0x0A), .lineBreak, 0)
            case .removed:
                break
            }
        }
        if options.bidiMode == .visual && options.shaping && buffer.contains(where: { (0x0600...0x06FF).contains($0) })
        {
            // A lam-alef ligature takes one column for two letters; its alef is glued to the lam.
            let shaped = ArabicShaper.shape(buffer)
            var unit = 0
            for (position, form) in shaped.enumerated() where form == nil {
                while units[unit].end <= position { unit += 1 }
                units[unit].width = max(0, units[unit].width - 1)
                units[unit].glued = true
            }
        }
        var unit = 0
        for offset in LineBreaks.opportunities(in: buffer) {
            while unit < units.count, units[unit].start < offset { unit += 1 }
            if unit < units.count, units[unit].start == offset { units[unit].breakBefore = true }
        }
        keepAddressesWhole()
    }

    private mutating func add(
        _ range: Range<String.Index>, _ utf16: some Sequence<UInt16>, _ kind: Kind, _ width: Int
    ) {
        let start = buffer.count
        buffer.append(contentsOf: utf16)
        units.append(
            Unit(
                sourceStart: range.lowerBound, sourceEnd: range.upperBound, start: start, end: buffer.count,
                kind: kind, width: width))
    }

    /// Spaces a line may end in: ASCII and typographic spaces, but not the no-break ones.
    static func isHangingSpace(_ character: Character) -> Bool {
        guard character.isWhitespace, let scalar = character.unicodeScalars.first else { return false }
        return scalar.value != 0xA0 && scalar.value != 0x2007 && scalar.value != 0x202F
    }

    /// Columns a tab at `column` advances to the next tab stop.
    func tabAdvance(at column: Int) -> Int {
        let stop = max(1, options.tabWidth)
        return stop - column % stop
    }

    /// Ranges of unit indices, one per display line, trailing whitespace included.
    func wrap(width: Int) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var segmentStart = 0
        while true {
            var segmentEnd = segmentStart
            while segmentEnd < units.count, units[segmentEnd].kind != .lineBreak { segmentEnd += 1 }
            wrapSegment(segmentStart..<segmentEnd, width: width, into: &lines)
            if segmentEnd >= units.count { break }
            segmentStart = segmentEnd + 1
        }
        return lines
    }

    private func wrapSegment(_ segment: Range<Int>, width: Int, into lines: inout [Range<Int>]) {
        var lineStart = segment.lowerBound
        var column = 0
        var lastBreak = -1
        var index = segment.lowerBound
        while index < segment.upperBound {
            let unit = units[index]
            if index > lineStart && unit.breakBefore { lastBreak = index }
            let advance = unit.kind == .tab ? tabAdvance(at: column) : unit.width
            if column + advance > width, index > lineStart, unit.kind == .text, !unit.glued {
                if lastBreak > lineStart {
                    lines.append(lineStart..<lastBreak)
                    lineStart = lastBreak
                    column = 0
                    for moved in lastBreak..<index {
                        column += units[moved].kind == .tab ? tabAdvance(at: column) : units[moved].width
                    }
                } else {
                    // No opportunity on this line: break the word by width.
                    lines.append(lineStart..<index)
                    lineStart = index
                    column = 0
                }
                lastBreak = -1
                continue
            }
            column += advance
            index += 1
        }
        lines.append(lineStart..<segment.upperBound)
    }

    /// One display line from the units in `range`.
    func render(_ range: Range<Int>, direction: ParagraphDirection) -> VisualLine {
        var end = range.upperBound
        while end > range.lowerBound, units[end - 1].kind == .space || units[end - 1].kind == .tab { end -= 1 }
        let isRightToLeft = direction == .rightToLeft
        guard end > range.lowerBound else {
            let position = range.lowerBound < units.count ? units[range.lowerBound].sourceStart : source.endIndex
            return VisualLine(
                text: "", width: 0, isRightToLeft: isRightToLeft, logicalRange: position..<position,
                sourceIndices: [])
        }
        let first = range.lowerBound
        let base = units[first].start
        let logical = Array(buffer[base..<units[end - 1].end])
        // Tabs expand from the line's logical start, the edge the paragraph is aligned to.
        var tabSpaces = [Int](repeating: 0, count: end - first)
        var column = 0
        for index in first..<end {
            if units[index].kind == .tab {
                tabSpaces[index - first] = tabAdvance(at: column)
                column += tabSpaces[index - first]
            } else {
                column += units[index].width
            }
        }

        // Groups of units emitted together, in emission order.
        var groups: [Range<Int>] = []
        var output: [UInt16] = []
        var pieces: [(offset: Int, source: String.Index)] = []
        func emitSpaces(_ count: Int) { output.append(contentsOf: repeatElement(0x20, count: count)) }

        if options.bidiMode == .terminal {
            for index in first..<end {
                let unit = units[index]
                pieces.append((output.count, unit.sourceStart))
                if unit.kind == .tab {
                    emitSpaces(tabSpaces[index - first])
                } else {
                    output.append(contentsOf: logical[(unit.start - base)..<(unit.end - base)])
                }
            }
        } else {
            let shaped: [UInt16?] = options.shaping ? ArabicShaper.shape(logical) : logical.map { $0 }
            // A ligature's absorbed alef (and its marks) travel with the lam.
            for index in first..<end {
                if units[index].glued, let last = groups.last, shaped[units[index].start - base] == nil {
                    groups[groups.count - 1] = last.lowerBound..<(index + 1)
                } else {
                    groups.append(index..<(index + 1))
                }
            }
            var groupOf = [Int](repeating: 0, count: logical.count)
            for (number, group) in groups.enumerated() {
                for position in (units[group.lowerBound].start - base)..<(units[group.upperBound - 1].end - base) {
                    groupOf[position] = number
                }
            }
            let bidi = BidiReorder.reorder(logical, direction: direction)
            var seen = [Bool](repeating: false, count: groups.count)
            for position in bidi.visualOrder {
                let number = groupOf[position]
                guard !seen[number] else { continue }
                seen[number] = true
                let group = groups[number]
                let lowerPosition = units[group.lowerBound].start - base
                let rightToLeft = bidi.levels[lowerPosition] & 1 == 1
                pieces.append((output.count, units[group.lowerBound].sourceStart))
                for index in group {
                    let unit = units[index]
                    if unit.kind == .tab {
                        emitSpaces(tabSpaces[index - first])
                        continue
                    }
                    emitVisual(
                        shaped[(unit.start - base)..<(unit.end - base)], rightToLeft: rightToLeft, into: &output)
                }
            }
        }

        let text = String(decoding: output, as: UTF16.self)
        var sourceIndices: [String.Index] = []
        sourceIndices.reserveCapacity(pieces.count)
        var piece = 0
        var offset = 0
        for character in text {
            while piece + 1 < pieces.count, pieces[piece + 1].offset <= offset { piece += 1 }
            sourceIndices.append(pieces[piece].source)
            offset += character.utf16.count
        }
        return VisualLine(
            text: text, width: DisplayWidth.of(text), isRightToLeft: isRightToLeft,
            logicalRange: units[first].sourceStart..<units[end - 1].sourceEnd, sourceIndices: sourceIndices)
    }

    /// Appends one cluster's shaped units in logical order (marks after their base), without the
    /// characters that only steer shaping and bidi, and mirrored when it runs right to left.
    private func emitVisual(_ shaped: ArraySlice<UInt16?>, rightToLeft: Bool, into output: inout [UInt16]) {
        // Most clusters are one letter outside the surrogates: no arrays for them.
        if shaped.count == 1, let unit = shaped.first!, !UTF16.isLeadSurrogate(unit), !UTF16.isTrailSurrogate(unit) {
            let value = Int32(unit)
            if unit < 0x80 {
                output.append(rightToLeft ? UInt16(azad_u_char_mirror(value)) : unit)
            } else if azad_u_is_bidi_invisible(value) == 0 {
                output.append(rightToLeft ? UInt16(truncatingIfNeeded: azad_u_char_mirror(value)) : unit)
            }
            return
        }
        var scalars: [Unicode.Scalar] = []
        var index = shaped.startIndex
        while index < shaped.endIndex {
            guard let unit = shaped[index] else {
                index += 1
                continue
            }
            if UTF16.isLeadSurrogate(unit), index + 1 < shaped.endIndex, let trail = shaped[index + 1],
                UTF16.isTrailSurrogate(trail)
            {
                scalars.append(Unicode.Scalar(UTF16.decode(UTF16.EncodedScalar([unit, trail])).value)!)
                index += 2
            } else {
                scalars.append(Unicode.Scalar(unit) ?? "\u{FFFD}")
                index += 1
            }
        }
        // ZWJ holds emoji sequences together; elsewhere, like ZWNJ, it has done its work in shaping.
        let keepJoiner = scalars.contains { azad_u_is_extended_pictographic(Int32(bitPattern: $0.value)) != 0 }
        for scalar in scalars {
            let value = Int32(bitPattern: scalar.value)
            if azad_u_is_bidi_invisible(value) != 0 && !(keepJoiner && scalar.value == 0x200D) { continue }
            var out = scalar
            if rightToLeft, let mirrored = Unicode.Scalar(UInt32(bitPattern: azad_u_char_mirror(value))) {
                out = mirrored
            }
            output.append(contentsOf: out.utf16)
        }
    }
}
