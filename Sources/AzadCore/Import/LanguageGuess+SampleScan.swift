extension LanguageGuess {
    /// Up to 16 bytes of a folded word, packed for hashing without building a `String`.
    struct WordKey: Hashable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        var count: UInt8 = 0

        /// The key of `bytes`, or nil when they are longer than a key holds.
        init?(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) {
            guard bytes.count <= 16 else { return nil }
            // The bytes in memory order, zero-padded: the same bytes always make the same key.
            var words: (UInt64, UInt64) = (0, 0)
            withUnsafeMutableBytes(of: &words) {
                $0.copyMemory(from: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes)))
            }
            (low, high) = words
            count = UInt8(bytes.count)
        }
    }

    /// `commonWordKeys` as an open-addressing table with a multiplicative hash: the scan looks up
    /// every word of the sample, and `Dictionary`'s seeded SipHash costs more than the rest of a word.
    struct WordTable: Sendable {
        private let keys: [WordKey?]
        private let lists: [UInt8]
        private let shift: UInt64

        init(_ entries: [WordKey: UInt8]) {
            var bits: UInt64 = 4
            while (1 << bits) < entries.count * 4 { bits += 1 }
            shift = 64 - bits
            var keys = [WordKey?](repeating: nil, count: 1 << bits)
            var lists = [UInt8](repeating: 0, count: 1 << bits)
            for (key, value) in entries {
                var slot = Self.hash(key, shift: shift)
                while keys[slot] != nil { slot = (slot + 1) & (keys.count - 1) }
                keys[slot] = key
                lists[slot] = value
            }
            self.keys = keys
            self.lists = lists
        }

        @inline(__always)
        private static func hash(_ key: WordKey, shift: UInt64) -> Int {
            let mixed = (key.low ^ (key.high &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(key.count)) &* 0x9E37_79B9_7F4A_7C15
            return Int(truncatingIfNeeded: mixed >> shift)
        }

        /// The lists `key` is in, or nil.
        @inline(__always)
        func lists(of key: WordKey) -> UInt8? {
            var slot = Self.hash(key, shift: shift)
            while let found = keys[slot] {
                if found == key { return lists[slot] }
                slot = (slot + 1) & (keys.count - 1)
            }
            return nil
        }
    }

    /// For each ASCII scalar, its fold when `MatchKeyTable` folds it to one byte (the Latin letters),
    /// else 0: taken from the table itself, so the scan's shortcut cannot disagree with it.
    static let asciiFolds: [UInt8] = MatchKeyTable.shared.withFolds { folds in
        (0..<128).map { value in
            guard let folded = folds.fold(of: UInt32(value)), folded.count == 1, folded[0] != 0 else { return 0 }
            return folded[0]
        }
    }

    /// `commonWordKeys` in a `WordTable`.
    static let commonWordTable = WordTable(commonWordKeys)

    /// Whether every common word fits a `WordKey`: otherwise the scan leaves words to `commonWordCounts`.
    static let keysCoverCommonWords = commonWordKeys.count == commonWords.count

    /// One pass over a sample's UTF-8: the letter counts of `slowGuess` and, unless the text holds a
    /// scalar whose grapheme breaking `ScalarClass` leaves to the standard library, the counts
    /// `commonWordCounts` gives, with words found and folded as `scalarWords` and
    /// `MatchKeyTable.fold(_:limit:into:)` find and fold them, but without a `Substring` or `String`
    /// per word.
    struct SampleScan {
        var letters = LetterCounts()
        /// Common-word counts per list; meaningful only when `wordsValid`.
        var words = [Int](repeating: 0, count: LanguageGuess.commonLists.count)
        /// False when a scalar outside `ScalarClass`'s simple classes was met.
        var wordsValid = LanguageGuess.keysCoverCommonWords

        /// How far a word's fold got: as in `MatchKeyTable.BoundedFold`, and frozen once not `fits`.
        private enum Fold { case fits, tooLong, unknown }

        /// Whether the current Character is a letter: `tentative` for a `'` or ZWNJ that a following
        /// mark would make a Character of two scalars, which is not a letter.
        private enum Letter { case yes, no, tentative }

        mutating func run(_ bytes: UnsafeBufferPointer<UInt8>, text: Substring) {
            let limit = LanguageGuess.longestCommonWord
            let keys = LanguageGuess.commonWordTable
            let asciiFolds = LanguageGuess.asciiFolds
            var buffer = [UInt8](repeating: 0, count: max(limit, 1))
            var used = 0
            var fold = Fold.fits
            var wordStart: Int?
            var characterStart = 0
            var hasCharacter = false
            var characterIsControl = false
            var letter = Letter.no
            // The word's fold before a tentative Character, to take it back when it proves no letter.
            var saved = (used: 0, fold: Fold.fits)

            MatchKeyTable.shared.withFolds { folds in
                ScalarClass.withTable { table in
                    buffer.withUnsafeMutableBufferPointer { buffer in
                        func feed(_ value: UInt32) {
                            guard fold == .fits else { return }
                            if value < 0x80, asciiFolds[Int(value)] != 0 {
                                // A one-byte fold (Latin letters): no table slice to walk.
                                guard used < limit else {
                                    fold = .tooLong
                                    return
                                }
                                buffer[used] = asciiFolds[Int(value)]
                                used += 1
                                return
                            }
                            guard let folded = folds.fold(of: value) else {
                                fold = .unknown
                                return
                            }
                            if used + folded.count > limit {
                                fold = .tooLong
                                return
                            }
                            for byte in folded {
                                buffer[used] = byte
                                used += 1
                            }
                        }
                        func endWord(at end: Int) {
                            guard let start = wordStart else { return }
                            var lists: UInt8?
                            switch fold {
                            case .fits:
                                lists = WordKey(UnsafeBufferPointer(buffer)[0..<used]).flatMap { keys.lists(of: $0) }
                            case .unknown:
                                let utf8 = text.utf8
                                let from = utf8.index(utf8.startIndex, offsetBy: start)
                                let to = utf8.index(utf8.startIndex, offsetBy: end)
                                lists = LanguageGuess.commonWords[MatchKey.fold(text[from..<to])]
                            case .tooLong: lists = nil
                            }
                            if let lists {
                                for index in words.indices where lists & (1 << index) != 0 { words[index] += 1 }
                            }
                            wordStart = nil
                            used = 0
                            fold = .fits
                        }

                        var offset = 0
                        let count = bytes.count
                        while offset < count {
                            let start = offset
                            let value = bytes.decodeScalar(at: &offset)
                            let scalar = Unicode.Scalar(value).unsafelyUnwrapped
                            let isAlphabetic: Bool
                            let grapheme: ScalarClass.Grapheme
                            if value < 0x800 {
                                (grapheme, isAlphabetic) = table[Int(value)]
                            } else {
                                (grapheme, isAlphabetic) = (
                                    ScalarClass.grapheme(scalar), ScalarClass.isAlphabetic(scalar)
                                )
                            }
                            letters.add(value, isAlphabetic: isAlphabetic)
                            guard wordsValid else { continue }

                            if grapheme == .other {
                                wordsValid = false
                                continue
                            }
                            if hasCharacter && !characterIsControl && grapheme == .extend {
                                // The scalar continues the current Character.
                                switch letter {
                                case .yes: feed(value)
                                case .no: break
                                case .tentative:
                                    letter = .no
                                    if wordStart == characterStart {
                                        wordStart = nil
                                        used = 0
                                        fold = .fits
                                    } else {
                                        (used, fold) = saved
                                        endWord(at: characterStart)
                                    }
                                }
                                continue
                            }
                            // A new Character.
                            hasCharacter = true
                            characterStart = start
                            characterIsControl = grapheme == .control
                            if isAlphabetic {
                                letter = .yes
                            } else if value == 0x27 || value == 0x200C {
                                letter = .tentative
                            } else {
                                letter = .no
                            }
                            if letter == .no {
                                endWord(at: start)
                            } else {
                                if wordStart == nil { wordStart = start }
                                if letter == .tentative { saved = (used, fold) }
                                feed(value)
                            }
                        }
                        if wordsValid { endWord(at: count) }
                    }
                }
            }
        }
    }
}
