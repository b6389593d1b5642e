/// Spellings that folding cannot make alike, matched in the query instead.
///
/// Folding works scalar by scalar and the same on both sides, so it cannot join words, split them, or
/// know that `ue` in `Muenchen` stands for `ü`. Each rule here turns one clause of the query into a
/// few phrases (`"muenchen" OR "munchen"`), and ``SearchQuery/ranges(in:)`` uses the same phrases, so
/// what the reader highlights is what the index found. The rules only ever add spellings of the word
/// typed; they are kept narrow because every spelling they add can also match a different word.
extension SearchQuery {
    /// Most spellings one clause matches, so that a long phrase of variant-rich words stays small.
    static let maximumSpellings = 16

    // MARK: - Persian words written joined, with a half-space, or apart

    /// Prefixes written joined, with a half-space, or apart.
    static let prefixes = ["نمی", "می", "بی"].map(Folding.fold)
    /// Suffixes written joined, with a half-space, or apart.
    static let suffixes = ["هایی", "های", "ها", "ترین", "تر", "ای", "اند"].map(Folding.fold)

    /// Second halves of Arabic compound names: `امان‌الله`, `امانالله` and `امان الله` are one name, and
    /// so are `برهان‌الدین` and `برهان الدین`, `Habibullah` and `Habib Ullah`. A closed list: these words
    /// stand alone only as parts of names, so joining them to the word before cannot change a query.
    static let nameEndings = ["الله", "الدین", "الرحمن", "الرحیم", "الحق", "ullah"].map(Folding.fold)
    /// `عبد` ("servant of") begins a name only before one of God's names, which all start with `ال`.
    static let servantOf = Folding.fold("عبد")
    static let article = Folding.fold("ال")
    /// The Latin `Abdul Rahman`, `Abdulrahman`.
    static let abdul = "abdul"

    /// Halves of names and compounds written joined or apart that also stand alone as words: `محمد`
    /// (`محمدعلی`, `محمد علی`), `غلام` (`غلام‌محمد`), `خود` (`خودکشی`, `خود کشی`, `خودرا`), `شاه` (`احمدشاه`,
    /// `احمد شاه`). Typed apart they stay two words, ANDed, and the joined word satisfies both; typed
    /// joined they are also looked up apart, as a phrase.
    static let looseStarts = ["محمد", "غلام", "خود"].map(Folding.fold)
    static let looseEndings = ["شاه"].map(Folding.fold)

    /// Whether `left right` typed apart may be one word, but just as well two.
    static func looselyAttaches(_ left: String, _ right: String) -> Bool {
        !attaches(left, right) && (looseStarts.contains(left) || looseEndings.contains(right))
    }

    /// Whether `left right` may be one word written apart.
    static func attaches(_ left: String, _ right: String) -> Bool {
        prefixes.contains(left) || suffixes.contains(right) || nameEndings.contains(right)
            || (left == servantOf && right.hasPrefix(article) && right.count > article.count + 1) || left == abdul
    }

    /// `word` split where it may be written apart: a number into groups of three digits, a compound
    /// name at its seam, else a Persian word before its suffix and after its prefix. Every part but a
    /// number's first group keeps at least two letters.
    static func split(_ word: String) -> [String] {
        if word.utf8.count >= 4, isDigits(word) { return digitGroups(word) }
        if let ending = nameEndings.first(where: { word.hasSuffix($0) && word.count >= $0.count + 2 }) {
            return [String(word.dropLast(ending.count)), ending]
        }
        for start in [servantOf, abdul] where word.hasPrefix(start) {
            let rest = String(word.dropFirst(start.count))
            if rest.count >= 3, start == abdul || rest.hasPrefix(article) { return [start, rest] }
        }
        if let start = looseStarts.first(where: { word.hasPrefix($0) && word.count >= $0.count + 2 }) {
            return [start, String(word.dropFirst(start.count))]
        }
        if let ending = looseEndings.first(where: { word.hasSuffix($0) && word.count >= $0.count + 2 }) {
            return [String(word.dropLast(ending.count)), ending]
        }
        var parts: [String] = []
        var stem = word
        if let prefix = prefixes.first(where: { stem.hasPrefix($0) && stem.count > $0.count + 1 }) {
            parts.append(prefix)
            stem = String(stem.dropFirst(prefix.count))
        }
        var tail: String?
        if let suffix = suffixes.first(where: { stem.hasSuffix($0) && stem.count > $0.count + 1 }) {
            stem = String(stem.dropLast(suffix.count))
            tail = suffix
        }
        parts.append(stem)
        if let tail { parts.append(tail) }
        return parts
    }

    /// The phrase as typed, with its parts that may be one word joined, and with them split off.
    static func spellings(of words: [String]) -> [[String]] {
        var joined: [String] = []
        for word in words {
            // Inside a phrase the words are side by side anyway, so a loose join narrows nothing.
            if let last = joined.last, attaches(last, word) || looselyAttaches(last, word) || groupsDigits(last, word) {
                joined[joined.count - 1] = last + word
            } else {
                joined.append(word)
            }
        }
        let split = words.flatMap(split)
        var result: [[String]] = [words]
        for spelling in [joined, split] where !result.contains(spelling) { result.append(spelling) }
        return result
    }

    /// Every phrase a clause matches: each combination of its words' own spellings (the words as typed
    /// first), each joined and split, at most ``maximumSpellings``.
    static func spellings(of alternatives: [[String]]) -> [[String]] {
        var combinations: [[String]] = [[]]
        for choices in alternatives {
            combinations = combinations.flatMap { head in choices.map { head + [$0] } }
            if combinations.count > maximumSpellings { combinations.removeLast(combinations.count - maximumSpellings) }
        }
        var result: [[String]] = []
        for words in combinations {
            for spelling in spellings(of: words) where !result.contains(spelling) {
                guard result.count < maximumSpellings else { return result }
                result.append(spelling)
            }
        }
        return result
    }

    // MARK: - One word's own spellings

    /// For each folded word of `typed`, its spellings: the word itself first, then its German umlaut
    /// transliterations, its hamza on the other seat, and its hamza after alef written or left out.
    static func alternatives(of words: [String], typed: String) -> [[String]] {
        var result = words.map { [$0] }
        let allWords = FoldedWords.words(in: Folding.fold(typed)).count
        for variant in [umlautsContracted(typed), umlautsSpelledOut(typed)] + hamzaSeatsSwapped(typed) {
            guard let variant else { continue }
            // The rewrites swap letters for letters, so the words line up one for one.
            let variantWords = FoldedWords.words(in: Folding.fold(variant))
            guard variantWords.count == allWords else { continue }
            for index in words.indices where !result[index].contains(variantWords[index]) {
                result[index].append(variantWords[index])
            }
        }
        for index in words.indices {
            if let other = hamzaSpelling(of: words[index]), !result[index].contains(other) {
                result[index].append(other)
            }
        }
        return result
    }

    // MARK: - German umlauts written ae, oe, ue

    static let vowels: Set<Character> = ["a", "e", "i", "o", "u", "y"]

    /// `typed` with every `ae`, `oe`, `ue` that can stand for `ä`, `ö`, `ü` written as the umlaut, or nil
    /// when none can.
    ///
    /// Folding turns `ä` into `a`, so `Gespraechsrunde` must also be looked up as `gesprachsrunde`. But
    /// most `ae oe ue` in English and French text are no umlauts (`blue`, `queue`, `poet`, `cœur`,
    /// `Israel`), and a contracted spelling that is itself a word would find unrelated articles. A
    /// digraph counts only where a German umlaut can stand:
    /// - in a word of at least five ASCII letters, typed as plain `ae`/`oe`/`ue` (not `aé`, not `œ`),
    ///   which keeps out `due`, `toe`, `poet`, `does`, `Joel`;
    /// - with a letter after it (`blue`, `true`, `Monroe`, `algae` end in it; German words hardly end
    ///   in an umlaut);
    /// - not after another vowel (`Feuer`, `neue`, `Bauer` are `e-u-e`, `a-u-e`), and `ue` not after `q`
    ///   or `g` (`queue`, `guest`, `guerre`, `league`);
    /// - `oe` and `ue` not before a vowel (`coeur`, `oeuvre`, `oeil`, `Boeing`); `ae` may come before `u`
    ///   (`Haeuser`, `Schaeuble`: German `äu`);
    /// - not the `-ael`, `-aeli` of Hebrew names (`Michael`, `Israel`, `Israeli`).
    /// What slips through is a rare pair such as `Daesh`–`dash` or `poets`–`pots`, where both are words.
    static func umlautsContracted(_ typed: String) -> String? {
        var output = ""
        var changed = false
        var word: [Character] = []
        func flush() {
            defer { word.removeAll() }
            guard word.count >= 5, word.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                output.append(contentsOf: word)
                return
            }
            let lower = word.map { Character($0.lowercased()) }
            var index = 0
            while index < word.count {
                if index + 2 < word.count, lower[index + 1] == "e", let umlaut = umlaut(lower, at: index) {
                    output.append(word[index].isUppercase ? Character(umlaut.uppercased()) : umlaut)
                    changed = true
                    index += 2
                } else {
                    output.append(word[index])
                    index += 1
                }
            }
        }
        for character in typed {
            if character.isLetter {
                word.append(character)
            } else {
                flush()
                output.append(character)
            }
        }
        flush()
        return changed ? output : nil
    }

    /// The umlaut that `letters[index]` and the `e` after it stand for, or nil (rules above).
    private static func umlaut(_ letters: [Character], at index: Int) -> Character? {
        let vowel = letters[index]
        guard let umlaut: Character = ["a": "ä", "o": "ö", "u": "ü"][vowel] else { return nil }
        if index > 0 {
            let before = letters[index - 1]
            if vowels.contains(before) || (vowel == "u" && (before == "q" || before == "g")) { return nil }
        }
        let after = letters[index + 2]
        if vowels.contains(after) && !(vowel == "a" && after == "u") { return nil }
        if vowel == "a", after == "l" {
            let rest = String(letters[(index + 3)...])
            if rest.isEmpty || rest == "i" { return nil }
        }
        return umlaut
    }

    /// `typed` with `ä ö ü` spelled `ae oe ue`, as German is written without umlaut keys, or nil when it
    /// has none. (`München` typed must also find `Muenchen` written.)
    static func umlautsSpelledOut(_ typed: String) -> String? {
        let spelled: [Character: String] = ["ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"]
        var output = ""
        var changed = false
        // Character comparison is canonical, so a decomposed `a` + U+0308 is `ä` here too.
        for character in typed {
            if let replacement = spelled[character] {
                output += replacement
                changed = true
            } else {
                output.append(character)
            }
        }
        return changed ? output : nil
    }

    // MARK: - Persian final hamza

    static let alef = Folding.fold("ا")
    static let hamza = "\u{0621}"

    /// `اعضاء` and `اعضا`, `وزراء` and `وزرا`, `ضیاءالحق` and `ضیاالحق`: Afghan writers keep the Arabic
    /// hamza after alef that Iranian spelling drops. The folded `word` with every `اء` written `ا`, or,
    /// when it has none, with `ء` after a final alef — the word's, or its first half's in a compound
    /// name — in words of three letters or more (`را`, `تا`, `ما` are left alone). The hamza is not
    /// folded away: `جزء` and `جز`, `سوء` and `سو` are different words.
    static func hamzaSpelling(of word: String) -> String? {
        let withHamza = alef + hamza
        if word.contains(withHamza) { return word.replacingOccurrences(of: withHamza, with: alef) }
        let parts = split(word)
        let (stem, ending) =
            parts.count == 2 && nameEndings.contains(parts[1]) ? (parts[0], parts[1]) : (word, "")
        if stem.hasSuffix(alef), stem.count >= 3 { return stem + hamza + ending }
        return nil
    }

    // MARK: - Hamza on another seat

    /// `typed` with its hamza seats written the other common way, as Afghan and Iranian spelling differ:
    /// `مسأله` and `مسئله`, `هیأت` and `هیئت`, `مسؤول` and `مسئول`, `سؤال` and `سئوال` and `سوال`.
    ///
    /// Folding already makes `أ` an `ا`, `ؤ` a `و` and `ئ` a `ی` (which joins `رئیس` and `رییس`), so these
    /// spellings need the query's help: `ئ` becomes `ا` (or `و` before `و`, where it stands for `ؤ`),
    /// `أ` becomes `ئ`, and `ؤ` becomes `ئ` before `و` and `ئو` elsewhere; a second spelling drops the `ئ`
    /// of `ئوا` (`سئوال`, `سوال`; not `مسئول`, whose `مسول` is a misspelling). `ئ` before `ی` or `ا` is left alone (`رئیس`, `پائیز`): folding has done its part. A
    /// query typed with a bare `ا` (`مساله`) cannot be told from an alef that is no hamza, so it finds
    /// `مساله` and `مسأله` but not `مسئله`.
    static func hamzaSeatsSwapped(_ typed: String) -> [String?] {
        let characters = Array(typed)
        guard characters.contains(where: { hamzaSeats.contains($0) }) else { return [] }
        var seated = ""
        var dropped = ""
        for (index, character) in characters.enumerated() {
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            switch character {
            case "ئ":
                if next == "و" {
                    seated.append("و")
                } else if let next, !["ی", "ي", "ا", "آ"].contains(next), next.isLetter {
                    seated.append("ا")
                } else {
                    seated.append(character)
                }
                let afterNext = index + 2 < characters.count ? characters[index + 2] : nil
                if next != "و" || afterNext != "ا" { dropped.append(character) }
            case "أ":
                seated.append("ئ")
                dropped.append(character)
            case "ؤ":
                seated += next == "و" ? "ئ" : "ئو"
                dropped.append(character)
            default:
                seated.append(character)
                dropped.append(character)
            }
        }
        return [seated == typed ? nil : seated, dropped == typed ? nil : dropped]
    }

    /// The letters that carry a hamza in Persian spelling.
    static let hamzaSeats: Set<Character> = ["ئ", "أ", "ؤ"]

    // MARK: - Numbers with thousands separators

    /// Whether `right` may be the next group of three digits of the number `left`: `1,000`, `1.000`,
    /// `1 000` and `۱٬۰۰۰` are the words `1` and `000` in the index, and `1000` is one word.
    static func groupsDigits(_ left: String, _ right: String) -> Bool {
        right.utf8.count == 3 && isDigits(right) && isDigits(left)
    }

    /// `word`, all digits, cut into groups of three from the right: `20000` → `20 000`.
    static func digitGroups(_ word: String) -> [String] {
        var groups: [String] = []
        var rest = Substring(word)
        while rest.count > 3 {
            groups.insert(String(rest.suffix(3)), at: 0)
            rest = rest.dropLast(3)
        }
        groups.insert(String(rest), at: 0)
        return groups
    }

    static func isDigits(_ word: String) -> Bool {
        !word.isEmpty && word.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }

    // MARK: - Latin clitics and abbreviations

    /// Articles and conjunctions French writes elided before a vowel.
    static let elided: Set<String> = ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu"]
    /// The Arabic article as Latin transliterations write it: `al-Assad`, `Al-Qaeda`, `el-Sisi`.
    static let arabicArticles: Set<String> = ["al", "el"]
    static let apostrophes: Set<Character> = ["'", "\u{2019}", "\u{02BC}"]

    /// The word a reader means by `typed`, when it carries a clitic that narrows it for nothing: French
    /// elision (`l'économie`, `d’Afghanistan`), the Arabic article of a transliterated name (`al-Assad`),
    /// the English possessive (`Karzai's`). Without them the word is found however it is written:
    /// `d’économie`, `une économie`, `Assad`, `Karzai`. Nil when nothing is dropped; quoted phrases keep
    /// what was typed. The clitic must be a whole elided word, so `aujourd'hui`, `O'Brien`, `don't`,
    /// `Alabama` and `al-` alone stay as typed.
    static func withoutClitics(_ typed: String) -> String? {
        var word = Substring(typed)
        if let apostrophe = word.firstIndex(where: { apostrophes.contains($0) }),
            elided.contains(word[..<apostrophe].lowercased())
        {
            word = word[word.index(after: apostrophe)...]
        } else if let hyphen = word.firstIndex(of: "-"), arabicArticles.contains(word[..<hyphen].lowercased()) {
            word = word[word.index(after: hyphen)...]
        }
        if word.count > 2, let last = word.last, last == "s" || last == "S",
            apostrophes.contains(word[word.index(before: word.index(before: word.endIndex))])
        {
            word = word.dropLast(2)
        }
        guard word.count < typed.count, let first = word.first, first.isLetter else { return nil }
        return String(word)
    }

    /// The letters of an abbreviation typed in capitals (`US`, `UN`, `NATO`), which texts also write with
    /// dots (`U.S.`, `U.N.`): the index holds those as one-letter words. Two to four ASCII capitals; a
    /// word typed in lower case (`us`) is the word.
    static func acronymLetters(_ typed: String) -> [String]? {
        let letters = typed.utf8
        guard (2...4).contains(letters.count), letters.allSatisfy({ (0x41...0x5A).contains($0) }) else { return nil }
        return typed.lowercased().map { String($0) }
    }
}
