/// Rejoins Persian and Pashto words that PDF-to-text output cut with spaces, into known words only.
///
/// A run of pieces separated by single spaces is joined where one piece cannot stand alone and the
/// joined form is a word of the vocabulary, a word of four letters or more that the same text
/// writes whole elsewhere, a word the archive's other articles write whole (`ArchiveWords`), or,
/// beside a number, a month name (`ث و ر ۱۴۰۴`). A piece cannot stand alone when neither the
/// vocabulary nor the archive ever saw it written so, or when it is a single dual-joining letter (`ب`, `س`, `ن`): on the page that
/// letter joined its neighbour, and alone it is no word. Where several joins are possible, the one
/// leaving the fewest lone pieces, then the fewest words, wins. A join that would make a word the
/// vocabulary does not hold is never made: a split left is findable by its pieces, a wrong join is
/// not findable at all.
///
/// The same look-up restores what extraction lost inside a word: a ZWNJ the vocabulary always
/// writes (`همسایهها` → `همسایه‌ها`), and a lam-alef ligature read back as `ال` (`الره` → `لاره`),
/// each only when the word as written is unknown and its repaired form is known.
struct WordRejoiner {
    /// What rejoining one line did.
    struct Result: Equatable {
        var text: String
        /// Words rejoined from two pieces or more.
        var joins = 0
        /// ZWNJs put back.
        var zwnjs = 0
        /// Lam-alef ligatures put back in order.
        var lamAlefs = 0
        /// Pieces left as they were though they cannot stand alone: what a larger vocabulary might join.
        var lonePieces = 0
        /// Offsets, in the input line's Unicode scalars, of the spaces removed.
        var removedSpaces: [Int] = []
    }

    let vocabulary: RepairVocabulary
    /// Words the text itself writes whole elsewhere (`wholeWords(in:)`): a join may make one of
    /// them too, though no piece's standing alone is judged by them.
    var wholeWords: Set<String> = []
    /// Words other articles of the archive write whole: a source like the vocabulary, asked only
    /// about letters the vocabulary does not know.
    var archive: ArchiveWords? = nil
    /// The most pieces one word is rejoined from.
    static let longestRun = 5

    /// The line with its split words rejoined.
    func rejoined(_ line: String) -> Result {
        let pieces = Self.pieces(of: line)
        var result = Result(text: "")
        var output = String.UnicodeScalarView()
        var index = 0
        while index < pieces.count {
            // A run: words separated by one space each.
            var end = index + 1
            if pieces[index].isWord {
                while end + 1 < pieces.count, pieces[end].text == " ", pieces[end + 1].isWord { end += 2 }
            }
            let run = pieces[index..<end]
            guard run.first!.isWord else {
                output.append(contentsOf: run.first!.text.unicodeScalars)
                index = end
                continue
            }
            let words = stride(from: index, to: end, by: 2).map { pieces[$0] }
            let numberBefore = index > 0 && Self.endsInNumber(pieces[index - 1].text)
            let numberAfter = end < pieces.count && Self.startsWithNumber(pieces[end].text)
            for (position, group) in groups(words.map(\.text), numberBefore: numberBefore, numberAfter: numberAfter)
                .enumerated()
            {
                if position > 0 { output.append(" ") }
                let members = words[group.range]
                output.append(contentsOf: group.written.unicodeScalars)
                if members.count > 1 { result.joins += 1 }
                if group.lone { result.lonePieces += 1 }
                result.removedSpaces += members.dropLast().map { $0.offset + $0.text.unicodeScalars.count }
                let letters = members.map(\.text).joined()
                if group.written != letters {
                    let zwnjs =
                        group.written.unicodeScalars.filter { $0 == "\u{200C}" }.count
                        - letters.unicodeScalars.filter { $0 == "\u{200C}" }.count
                    result.zwnjs += max(0, zwnjs)
                    if Self.withoutZWNJ(group.written) != Self.withoutZWNJ(letters) { result.lamAlefs += 1 }
                }
            }
            index = end
        }
        result.text = String(output)
        return result
    }

    private struct Group {
        var range: Range<Int>
        var written: String
        /// A piece that cannot stand alone, kept for want of a known join.
        var lone = false
    }

    /// The groups of a run of pieces: a month name its pieces spell beside a number (a date's day
    /// or year), then the best segmentation of the rest.
    private func groups(_ words: [String], numberBefore: Bool, numberAfter: Bool) -> [Group] {
        // Pieces that are all words stay apart, as anywhere: `دل و` is no `دلو`.
        guard let month = Self.monthName(in: words, numberBefore: numberBefore, numberAfter: numberAfter),
            !words[month].allSatisfy(canStandAlone)
        else { return segmentation(words) }
        let shifted = { (groups: [Group], offset: Int) in
            groups.map {
                Group(
                    range: ($0.range.lowerBound + offset)..<($0.range.upperBound + offset), written: $0.written,
                    lone: $0.lone)
            }
        }
        return segmentation(Array(words[..<month.lowerBound]))
            + [Group(range: month, written: words[month].joined())]
            + shifted(segmentation(Array(words[month.upperBound...])), month.upperBound)
    }

    /// The pieces that spell a month name (`ث و ر`, `ق وس`), two to five of them, first in the run
    /// when a number comes before it, last when one comes after: a date's month, which the date
    /// parser can then read. The longest such run wins.
    static func monthName(in words: [String], numberBefore: Bool, numberAfter: Bool) -> Range<Int>? {
        let most = min(longestRun, words.count)
        guard most >= 2 else { return nil }
        for count in stride(from: most, through: 2, by: -1) {
            if numberBefore, DateParser.months[MatchKey.fold(words[..<count].joined())] != nil { return 0..<count }
            let start = words.count - count
            if numberAfter, DateParser.months[MatchKey.fold(words[start...].joined())] != nil {
                return start..<words.count
            }
        }
        return nil
    }

    /// Whether `text` (what comes before a run) ends in a number and one space.
    private static func endsInNumber(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard scalars.last == " " else { return false }
        return scalars.dropLast().last?.properties.numericType != nil
    }

    /// Whether `text` (what comes after a run) starts with one space and a number.
    private static func startsWithNumber(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard scalars.first == " " else { return false }
        return scalars.dropFirst().first?.properties.numericType != nil
    }

    /// The best way to cut `words` into groups, each a piece kept or a known word rejoined.
    private func segmentation(_ words: [String]) -> [Group] {
        guard !words.isEmpty else { return [] }
        // best[i]: the cheapest groups for words[..<i], as (lone pieces, groups, last group).
        var best: [(lone: Int, groups: Int, group: Group?)] = [(0, 0, nil)]
        for end in 1...words.count {
            var choice: (lone: Int, groups: Int, group: Group?) = (Int.max, Int.max, nil)
            for start in max(0, end - Self.longestRun)..<end {
                let previous = best[start]
                guard previous.lone != Int.max else { continue }
                let members = words[start..<end]
                let candidate: (lone: Int, group: Group)
                if members.count == 1 {
                    let word = members.first!
                    if canStandAlone(word) {
                        candidate = (0, Group(range: start..<end, written: word))
                    } else if let known = known(word) {
                        candidate = (0, Group(range: start..<end, written: known))
                    } else {
                        candidate = (1, Group(range: start..<end, written: word, lone: true))
                    }
                } else {
                    guard !members.allSatisfy(canStandAlone), let known = known(members.joined()) else { continue }
                    candidate = (0, Group(range: start..<end, written: known))
                }
                let total = (previous.lone + candidate.lone, previous.groups + 1)
                if total < (choice.lone, choice.groups) { choice = (total.0, total.1, candidate.group) }
            }
            best.append(choice)
        }
        var groups: [Group] = []
        var end = words.count
        while end > 0, let group = best[end].group {
            groups.append(group)
            end = group.range.lowerBound
        }
        return groups.reversed()
    }

    /// Whether `word` stands alone as written.
    private func canStandAlone(_ word: String) -> Bool {
        guard vocabulary.contains(word) || archive?.holds(word) == true else { return false }
        let scalars = word.unicodeScalars
        return !(scalars.count == 1 && Self.isDualJoining(scalars.first!))
    }

    /// The known written form of `letters`: with the ZWNJ the vocabulary gives it, or with its
    /// lam-alef ligatures put back in order, or as the text writes it whole elsewhere.
    private func known(_ letters: String) -> String? {
        if let form = vocabulary.form(of: letters), form.unicodeScalars.count > 1 { return form }
        if letters.contains("ال") {
            // `ال` read from the lam-alef ligature: everywhere after the first letter, then everywhere.
            let afterFirst = String(letters.prefix(1)) + String(letters.dropFirst()).replacing("ال", with: "لا")
            for candidate in [afterFirst, letters.replacing("ال", with: "لا")] where candidate != letters {
                if let form = vocabulary.form(of: candidate) { return form }
            }
        }
        if wholeWords.contains(letters) { return letters }
        if letters.unicodeScalars.count > 1, archive?.holds(letters) == true { return letters }
        return nil
    }

    // MARK: - Letters

    /// A piece of a line: a word (Arabic-script letters, ZWNJ inside) or anything between words.
    private struct Piece {
        var text: String
        var isWord: Bool
        /// Where it starts, in the line's Unicode scalars.
        var offset: Int
    }

    private static func pieces(of line: String) -> [Piece] {
        var pieces: [Piece] = []
        var current = String.UnicodeScalarView()
        var currentIsWord = false
        var start = 0
        for (offset, scalar) in line.unicodeScalars.enumerated() {
            let isWord = isLetter(scalar) || (scalar == "\u{200C}" && currentIsWord)
            if isWord != currentIsWord, !current.isEmpty {
                pieces.append(Piece(text: String(current), isWord: currentIsWord, offset: start))
                current = String.UnicodeScalarView()
                start = offset
            }
            currentIsWord = isWord
            current.append(scalar)
        }
        if !current.isEmpty { pieces.append(Piece(text: String(current), isWord: currentIsWord, offset: start)) }
        return pieces
    }

    /// The Arabic-script words in `text`, as written (ZWNJ inside kept, at the edges dropped).
    static func words(in text: String) -> [String] {
        pieces(of: text).filter(\.isWord).map { piece in
            var scalars = piece.text.unicodeScalars[...]
            while scalars.last == "\u{200C}" { scalars = scalars.dropLast() }
            return String(String.UnicodeScalarView(scalars))
        }.filter { !$0.isEmpty }
    }

    /// The words of `text` long enough not to be a piece of a split themselves: at least
    /// `minimumLetters` letters, as pieces of three (`ران`, `ندگ`) are common.
    static func wholeWords(in text: String, minimumLetters: Int = 4) -> Set<String> {
        Set(words(in: text).filter { $0.unicodeScalars.count >= minimumLetters })
    }

    /// Letters of Arabic script as Persian and Pashto write them (no tatweel, harakat or digits).
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0621...0x063A, 0x0641...0x064A, 0x0671...0x06D3, 0x06D5: true
        default: false
        }
    }

    /// Letters that join on both sides; the rest (alef, dal, reh, waw and their kin) join only to
    /// the letter before.
    static func isDualJoining(_ scalar: Unicode.Scalar) -> Bool {
        isLetter(scalar) && !isRightJoining(scalar.value)
    }

    private static func isRightJoining(_ value: UInt32) -> Bool {
        switch value {
        case 0x0621...0x0625, 0x0627, 0x0629, 0x062F...0x0632, 0x0648, 0x0671...0x0673, 0x0675...0x0677,
            0x0688...0x0699, 0x06C0...0x06CB, 0x06CD, 0x06CF, 0x06D2, 0x06D3, 0x06D5:
            true
        default: false
        }
    }

    private static func withoutZWNJ(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\u{200C}" }))
    }
}
