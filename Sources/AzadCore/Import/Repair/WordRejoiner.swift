/// Rejoins Persian and Pashto words that PDF-to-text output cut with spaces, into known words only.
///
/// A run of pieces separated by single spaces is joined where one piece cannot stand alone and the
/// joined form is a word of the vocabulary, or a word of four letters or more that the same text
/// writes whole elsewhere. A piece cannot stand alone when the vocabulary never saw
/// it written so, or when it is a single dual-joining letter (`ب`, `س`, `ن`): on the page that
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
        /// Offsets, in the input line's Unicode scalars, of the spaces removed.
        var removedSpaces: [Int] = []
    }

    let vocabulary: RepairVocabulary
    /// Words the text itself writes whole elsewhere (`wholeWords(in:)`): a join may make one of
    /// them too, though no piece's standing alone is judged by them.
    var wholeWords: Set<String> = []
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
            for (position, group) in segmentation(words.map(\.text)).enumerated() {
                if position > 0 { output.append(" ") }
                let members = words[group.range]
                output.append(contentsOf: group.written.unicodeScalars)
                if members.count > 1 { result.joins += 1 }
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
    }

    /// The best way to cut `words` into groups, each a piece kept or a known word rejoined.
    private func segmentation(_ words: [String]) -> [Group] {
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
                        candidate = (1, Group(range: start..<end, written: word))
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
        guard vocabulary.contains(word) else { return false }
        let scalars = word.unicodeScalars
        return !(scalars.count == 1 && Self.isDualJoining(scalars.first!))
    }

    /// The known written form of `letters`: with the ZWNJ the vocabulary gives it, or with its
    /// lam-alef ligatures put back in order, or as the text writes it whole elsewhere.
    private func known(_ letters: String) -> String? {
        if let form = vocabulary.form(of: letters), form.unicodeScalars.count > 1 { return form }
        guard letters.contains("ال") else { return wholeWords.contains(letters) ? letters : nil }
        // `ال` read from the lam-alef ligature: everywhere after the first letter, then everywhere.
        let afterFirst = String(letters.prefix(1)) + String(letters.dropFirst()).replacing("ال", with: "لا")
        for candidate in [afterFirst, letters.replacing("ال", with: "لا")] where candidate != letters {
            if let form = vocabulary.form(of: candidate) { return form }
        }
        return wholeWords.contains(letters) ? letters : nil
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
