/// Guesses an article's language from its text: `en`, `de`, `fr`, `es`, `fa`, `ps` or `ar` (and, by
/// script alone, `ru`, `zh`, `ja`, `ko`, `hi`).
///
/// Script first (Arabic letters against Latin ones), then, inside Arabic script, the letters Pashto
/// has and Persian lacks (ټ ډ ړ ږ ښ ګ ڼ ې ۍ ځ څ …) and the commonest short words of each language;
/// inside Latin script, the commonest short words and the letters only one language uses.
public enum LanguageGuess {
    /// The BCP 47 tag of the language `text` is most likely in; `en` when there is nothing to go on.
    ///
    /// One pass over the UTF-8 bytes counts the letters and the common words together (`SampleScan`);
    /// `slowGuess` is the definition it must agree with.
    public static func guess(_ text: some StringProtocol) -> String {
        let sample = Substring(text)
        var scan = SampleScan()
        let done: Void? = sample.utf8.withContiguousStorageIfAvailable { scan.run($0, text: sample) }
        if done == nil {
            // Not contiguous (a bridged string): scan a native copy, whose offsets are its own.
            let copy = String(sample)
            Array(copy.utf8).withUnsafeBufferPointer { scan.run($0, text: copy[...]) }
        }
        let letters = scan.letters
        return decide(letters) { scan.wordsValid ? scan.words : commonWordCounts(sample) }
    }

    /// Letter counts of a sample, by script.
    struct LetterCounts {
        var arabic = 0
        var latin = 0
        var pashto = 0
        var persian = 0
        var arabicOnly = 0
        var other: [String: Int] = [:]

        /// Counts `scalar`, which `isAlphabetic` says is a letter or not.
        @inline(__always)
        mutating func add(_ value: UInt32, isAlphabetic: Bool) {
            // The three tests of `slowGuess` are about disjoint ranges: Latin first, the commonest.
            if value < 0x0250 {
                if isAlphabetic { latin += 1 }
                return
            }
            if (0x0600...0x06FF).contains(value) || (0xFB50...0xFEFC).contains(value) {
                if isAlphabetic { arabic += 1 }
                switch value {
                case 0x067C, 0x0689, 0x0693, 0x0696, 0x069A, 0x06AB, 0x06BC, 0x06D0, 0x06CD, 0x0681, 0x0685:
                    pashto += 1  // `pashtoOnly`, as a switch
                // پ چ ژ گ ک ی: Persian and Pashto write them, Arabic does not.
                case 0x067E, 0x0686, 0x0698, 0x06AF, 0x06A9, 0x06CC: persian += 1
                case 0x0629, 0x0643, 0x064A: arabicOnly += 1
                default: break
                }
            } else if isAlphabetic {
                addOther(value)
            }
        }

        /// A letter of another script: rare, and a dictionary update, so kept out of `add`.
        @inline(never)
        private mutating func addOther(_ value: UInt32) {
            if let tag = otherScript(value) { other[tag, default: 0] += 1 }
        }
    }

    /// The language the letter counts and (asked for only when needed) the common-word counts point to.
    private static func decide(_ letters: LetterCounts, words commonCounts: () -> [Int]) -> String {
        let arabicLetters = letters.arabic
        let latinLetters = letters.latin
        let other = letters.other
        // A script the site does not publish in still gets its language rather than a wrong guess.
        if let (tag, count) = other.max(by: { $0.value < $1.value }), count > arabicLetters, count > latinLetters {
            return other["ja", default: 0] > 0 && tag == "zh" ? "ja" : tag
        }
        if arabicLetters == 0 && latinLetters == 0 { return "en" }
        let words = commonCounts()
        if arabicLetters >= latinLetters {
            let pashtoWords = words[ps]
            let persianWords = words[fa]
            let arabicWords = words[ar]
            // A handful of Pashto letters in a long Persian text is a quoted name; demand a share.
            let pashtoByLetters = letters.pashto * 200 >= arabicLetters && letters.pashto >= 2
            if pashtoByLetters && pashtoWords * 2 >= persianWords { return "ps" }
            if pashtoWords > persianWords * 2 && pashtoWords >= 3 { return "ps" }
            if arabicWords > persianWords * 2 && letters.persian * 100 < arabicLetters && letters.arabicOnly > 0 {
                return "ar"
            }
            return "fa"
        }
        var best = ("en", words[en])
        for (tag, list) in [("de", de), ("fr", fr), ("es", es)] where words[list] > best.1 {
            best = (tag, words[list])
        }
        return best.0
    }

    /// `guess` by its definition: scalar by scalar, then word by word (`commonWordCounts`).
    static func slowGuess(_ text: some StringProtocol) -> String {
        var letters = LetterCounts()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let isAlphabetic = ScalarClass.isAlphabetic(scalar)
            if let tag = otherScript(value), isAlphabetic {
                letters.other[tag, default: 0] += 1
                continue
            }
            if (0x0600...0x06FF).contains(value) || (0xFB50...0xFEFC).contains(value) {
                if isAlphabetic { letters.arabic += 1 }
                if pashtoOnly.contains(value) { letters.pashto += 1 }
                // پ چ ژ گ ک ی: Persian and Pashto write them, Arabic does not.
                switch value {
                case 0x067E, 0x0686, 0x0698, 0x06AF, 0x06A9, 0x06CC: letters.persian += 1
                case 0x0629, 0x0643, 0x064A: letters.arabicOnly += 1
                default: break
                }
            } else if isAlphabetic, value < 0x0250 {
                letters.latin += 1
            }
        }
        // The decision is shared: what `guess` does differently is only how it counts.
        return decide(letters) { commonWordCounts(text) }
    }

    /// Indexes of the common-word lists in `commonLists` and in the counts `commonWordCounts` returns.
    private static let (en, de, fr, es, fa, ps, ar) = (0, 1, 2, 3, 4, 5, 6)

    /// The common-word lists, in the order of the indexes above.
    static let commonLists = [
        englishCommon, germanCommon, frenchCommon, spanishCommon, persianCommon, pashtoCommon, arabicCommon,
    ]

    /// For each folded common word, the lists (bits by index) it is in.
    static let commonWords: [String: UInt8] = {
        var lists: [String: UInt8] = [:]
        for (index, list) in commonLists.enumerated() {
            for word in list { lists[word, default: 0] |= 1 << index }
        }
        return lists
    }()

    /// The UTF-8 length of the longest folded common word: a longer fold cannot be one.
    static let longestCommonWord = commonWords.keys.map(\.utf8.count).max() ?? 0

    /// `commonWords` keyed by the folded UTF-8 bytes, for words folded into a byte buffer.
    static let commonWordKeys: [WordKey: UInt8] = {
        var keys: [WordKey: UInt8] = [:]
        for (word, lists) in commonWords {
            let bytes = Array(word.utf8)
            if let key = bytes.withUnsafeBufferPointer({ WordKey($0[...]) }) { keys[key] = lists }
        }
        return keys
    }()

    /// How many of `text`'s words each common-word list holds, counted as `wordCounts` would count
    /// them, but folding a word only until it is longer than every common word instead of folding
    /// and storing every word.
    static func commonWordCounts(_ text: some StringProtocol) -> [Int] {
        var counts = [Int](repeating: 0, count: commonLists.count)
        func count(_ folded: String) {
            guard let lists = commonWords[folded] else { return }
            for index in counts.indices where lists & (1 << index) != 0 { counts[index] += 1 }
        }
        guard let words = scalarWords(text) else {
            for (word, number) in wordCounts(text) {
                guard let lists = commonWords[word] else { continue }
                for index in counts.indices where lists & (1 << index) != 0 { counts[index] += number }
            }
            return counts
        }
        let table = MatchKeyTable.shared
        var buffer: [UInt8] = []
        buffer.reserveCapacity(longestCommonWord)
        for word in words {
            switch table.fold(word.unicodeScalars, limit: longestCommonWord, into: &buffer) {
            case .fits: count(String(decoding: buffer, as: UTF8.self))
            case .tooLong: continue
            case .unknown: count(MatchKey.fold(word))
            }
        }
        return counts
    }

    /// The language a letter outside Latin and Arabic script most likely belongs to.
    fileprivate static func otherScript(_ value: UInt32) -> String? {
        switch value {
        case 0x3040...0x30FF: return "ja"
        case 0x4E00...0x9FFF, 0x3400...0x4DBF: return "zh"
        case 0xAC00...0xD7AF, 0x1100...0x11FF: return "ko"
        case 0x0400...0x04FF: return "ru"
        case 0x0900...0x097F: return "hi"
        default: return nil
        }
    }

    /// Letters of the Pashto alphabet that Persian does not use.
    static let pashtoOnly: Set<UInt32> = [
        0x067C,  // ټ
        0x0689,  // ډ
        0x0693,  // ړ
        0x0696,  // ږ
        0x069A,  // ښ
        0x06AB,  // ګ
        0x06BC,  // ڼ
        0x06D0,  // ې
        0x06CD,  // ۍ
        0x0681,  // ځ
        0x0685,  // څ
    ]

    static func wordCounts(_ text: some StringProtocol) -> [String: Int] {
        var counts: [String: Int] = [:]
        if let words = scalarWords(text) {
            for word in words { counts[MatchKey.fold(word), default: 0] += 1 }
            return counts
        }
        for word in text.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "\u{200C}" }) {
            counts[MatchKey.fold(word), default: 0] += 1
        }
        return counts
    }

    /// The words `wordCounts` splits `text` into, found scalar by scalar; nil when the text holds a
    /// scalar whose grapheme breaking `ScalarClass` leaves to the standard library.
    ///
    /// A Character is a letter when its first scalar is alphabetic; `'` and ZWNJ count as letters
    /// only standing alone (a mark after them makes another Character, equal to neither).
    static func scalarWords(_ text: some StringProtocol) -> [Substring]? {
        let scalars = Substring(text).unicodeScalars
        var words: [Substring] = []
        var wordStart: Substring.UnicodeScalarView.Index?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            // One Character: its first scalar, then the `extend` scalars that continue it.
            let first = scalars[index]
            let firstClass = ScalarClass.grapheme(first)
            if firstClass == .other { return nil }
            let characterStart = index
            scalars.formIndex(after: &index)
            var length = 1
            if firstClass != .control {
                while index < scalars.endIndex {
                    let next = ScalarClass.grapheme(scalars[index])
                    if next == .other { return nil }
                    guard next == .extend else { break }
                    scalars.formIndex(after: &index)
                    length += 1
                }
            }
            let isLetter =
                ScalarClass.isAlphabetic(first) || (length == 1 && (first == "'" || first == "\u{200C}"))
            if isLetter {
                if wordStart == nil { wordStart = characterStart }
            } else if let start = wordStart {
                words.append(Substring(scalars[start..<characterStart]))
                wordStart = nil
            }
        }
        if let start = wordStart { words.append(Substring(scalars[start..<scalars.endIndex])) }
        return words
    }

    private static func folded(_ words: [String]) -> Set<String> { Set(words.map { MatchKey.fold($0) }) }

    static let englishCommon = folded([
        "the", "and", "of", "to", "is", "in", "that", "it", "was", "for", "with", "on", "as", "are", "this",
        "have", "has", "by", "not", "be", "from", "which", "they", "their", "said", "would", "were",
    ])
    static let germanCommon = folded([
        "der", "die", "das", "und", "ist", "nicht", "mit", "den", "dem", "ein", "eine", "zu", "von", "auf",
        "sich", "auch", "im", "des", "für", "wird", "sind", "wurde", "dass", "aber", "noch", "nach",
    ])
    static let frenchCommon = folded([
        "le", "la", "les", "et", "des", "est", "une", "un", "pour", "dans", "que", "qui", "du", "au", "sur",
        "pas", "par", "ne", "ce", "il", "sont", "avec", "aux", "cette", "mais", "été",
    ])
    static let spanishCommon = folded([
        "el", "los", "las", "y", "del", "es", "una", "por", "para", "con", "que", "se", "lo", "como", "más",
        "pero", "sus", "fue", "han", "está",
    ])
    static let persianCommon = folded([
        "و", "در", "به", "از", "که", "این", "را", "با", "است", "آن", "برای", "یک", "خود", "ها", "می", "شد",
        "بود", "کرد", "هم", "تا", "نیز", "شده", "اند", "او", "ما", "باید", "بر", "هر", "کند", "شود",
    ])
    static let pashtoCommon = folded([
        "د", "په", "او", "چې", "ته", "دی", "کې", "څخه", "هم", "دا", "یې", "وو", "شوی", "کړې", "دې", "نه",
        "له", "سره", "پر", "وه", "ده", "هغه", "دغه", "کوي", "شي", "ډېر", "لپاره", "ځکه",
    ])
    static let arabicCommon = folded([
        "في", "من", "على", "إلى", "الذي", "التي", "عن", "أن", "هذا", "هذه", "كان", "مع", "قد", "لا", "ما",
    ])
}
