/// A word's inflections, and compounds written joined, with a half-space or apart.
///
/// Inflections are matched in the query, not in the index: each word typed outside quotes also
/// matches the forms of it that its language's stemmer takes back to the same stem (`ceasefire` →
/// `ceasefires`, `نامه` → `نامه‌ها`, `نامه‌ای`, `نامه‌هایشان`). The index keeps only the words as written,
/// so it grows by nothing, and a word in quotes is matched exactly. Forms are made from the stem with
/// the language's suffixes and kept only when the stemmer agrees, so that no form is looked up that
/// the stemmer would not have conflated.
extension SearchQuery {
    /// Most inflected forms one word adds to its clause; against an index, only those it holds stay.
    static let maximumInflections = 64

    /// Letters Pashto has and Persian does not: a query holding one is searched with Pashto's rules too.
    static let pashtoLetters: Set<Character> = ["ټ", "ډ", "ړ", "ږ", "ښ", "ځ", "څ", "ڼ", "ګ", "ې", "ۍ", "ئ"]

    /// Adds the inflections (``Origin/inflection``) of each clause's single words, as typed and as
    /// spelled (`اعضاء` and `اعضا`), to its extensions.
    mutating func addInflections(_ groups: [Group], typedText: String) {
        let pashto = filter.languages.contains("ps") || typedText.contains(where: { Self.pashtoLetters.contains($0) })
        let persian =
            filter.languages.isEmpty || filter.languages.contains { ["fa", "prs", "ps"].contains($0) }
        let european =
            filter.languages.isEmpty
            ? SnowballStemmer.defaultLanguages : filter.languages.filter { SnowballStemmer.algorithms[$0] != nil }
        var stemmers: [SnowballStemmer]?
        for (index, group) in groups.enumerated() {
            guard !group.quoted, !group.isPrefix, group.words.count == 1 else { continue }
            var forms: [String] = []
            for spelling in clauses[index] where spelling.words.count == 1 {
                let word = spelling.words[0]
                guard word.count >= 3, !Self.isDigits(word) else { continue }
                if Self.isArabicScript(word) {
                    guard persian else { continue }
                    forms += Self.persianForms(of: word, stemmer: PersianStemmer(pashto: pashto))
                } else if word.unicodeScalars.allSatisfy({ $0.isASCII }) {
                    if stemmers == nil { stemmers = european.compactMap { SnowballStemmer(language: $0) } }
                    forms += Self.snowballForms(of: word, stemmers: stemmers ?? [])
                }
            }
            var added = 0
            for form in forms where added < Self.maximumInflections {
                guard !clauses[index].contains(where: { $0.words == [form] }),
                    !extensions[index].contains(where: { $0.words == [form] })
                else { continue }
                extensions[index].append(Phrase(words: [form], origin: .inflection, column: group.column))
                added += 1
            }
        }
    }

    /// Suffixes a Persian or Pashto stem takes, for making its forms (the stemmer's own, and the
    /// plural and ezafe on top of each other).
    static let persianEndings: [String] = {
        // Shortest first: the commonest forms, which the cap on forms keeps.
        let single = PersianStemmer.rules.filter { $0.replacement.isEmpty }.map(\.suffix).reversed()
        let outer = ["ی", "ها", "ان"].map(Folding.fold)
        return single + ["ان", "ات", "تر", "ترین"].map(Folding.fold).flatMap { first in outer.map { first + $0 } }
    }()

    /// The folded `word`'s other inflections, as its Persian (or Pashto) stemmer sees them.
    static func persianForms(of word: String, stemmer: PersianStemmer) -> [String] {
        let stem = stemmer.stem(word)
        guard stem.count >= 2 else { return [] }
        var candidates = [stem] + persianEndings.map { stem + $0 }
        if stem.hasSuffix(Folding.fold("ه")) {
            // `نویسنده` → `نویسندگان`.
            candidates.append(String(stem.dropLast()) + Folding.fold("گان"))
        }
        var forms: [String] = []
        for candidate in candidates where candidate != word && !forms.contains(candidate) {
            // The stem itself is a form when the word typed was stripped to it (`کتاب` for `کتاب‌ها`).
            if candidate == stem || stemmer.inflects(candidate, stem: stem) { forms.append(candidate) }
        }
        return forms
    }

    /// Endings of English, German and French words, for making a word's forms from its stem.
    static let europeanEndings = [
        "", "s", "es", "e", "ed", "d", "ing", "er", "ers", "est", "ly", "ion", "ions", "ment", "ments", "ist", "ists",
        "en", "ern", "em", "n", "ung", "ungen", "x", "aux", "al", "ale", "ales", "ique", "iques", "ie", "ies", "ee",
        "ees", "ent", "ait", "aient", "ons", "ez", "ite", "ites",
    ]

    /// The folded `word`'s other inflections in each language of `stemmers` that conflates them.
    static func snowballForms(of word: String, stemmers: [SnowballStemmer]) -> [String] {
        // Each language's shortest forms first, taken in turn, so that the cap keeps some of each.
        let perLanguage = stemmers.map { snowballForms(of: word, stemmer: $0) }
        var forms: [String] = []
        for index in 0..<(perLanguage.map(\.count).max() ?? 0) {
            for list in perLanguage where index < list.count && !forms.contains(list[index]) {
                forms.append(list[index])
            }
        }
        return forms
    }

    /// The folded `word`'s other inflections that `stemmer` conflates with it, shortest first.
    static func snowballForms(of word: String, stemmer: SnowballStemmer) -> [String] {
        let stem = stemmer.stem(word)
        guard stem.count >= 3 else { return [] }
        var bases = [word, stem]
        if stem.hasSuffix("i") { bases.append(String(stem.dropLast()) + "y") }
        if let last = stem.last, !"aeiouy".contains(last) { bases.append(stem + String(last)) }
        if word.hasSuffix("al") { bases.append(String(word.dropLast(2))) }
        if word.hasSuffix("e") { bases.append(String(word.dropLast())) }
        var forms: [String] = []
        for base in bases {
            for ending in europeanEndings {
                let candidate = base + ending
                guard candidate != word, !forms.contains(candidate), stemmer.stem(candidate) == stem,
                    // A stem that only drops the word's final e is no word (`queu`, `ceasefir`).
                    candidate != stem || word != stem + "e"
                else { continue }
                forms.append(candidate)
            }
        }
        return forms.sorted { ($0.count, $0) < ($1.count, $1) }
    }

    // MARK: - Compounds

    /// Whether two words typed apart may be one compound written apart: both Arabic script, of two
    /// letters or more (`آتش بس` may be `آتش‌بس`).
    static func joinable(_ left: String, _ right: String) -> Bool {
        left.count >= 2 && right.count >= 2 && isArabicScript(left) && isArabicScript(right)
    }

    /// Whether the folded `word` is written in Arabic script (Persian, Pashto, Arabic).
    static func isArabicScript(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first else { return false }
        return (0x0600...0x06FF).contains(first.value) || (0x0750...0x077F).contains(first.value)
    }

    /// The ways to cut the folded `word` into two halves of two letters or more, longest first half first.
    static func halves(of word: String) -> [(String, String)] {
        let letters = Array(word)
        guard letters.count >= 4 else { return [] }
        return (2...(letters.count - 2)).reversed().map { (String(letters[..<$0]), String(letters[$0...])) }
    }

    /// The query for an index that holds the words `known` says it does: inflected forms it does not
    /// hold are left out, and each splittable word also matches its two halves written apart where
    /// the index holds both (``Origin/compound``).
    func resolved(known: (String) throws -> Bool) rethrows -> SearchQuery {
        var query = self
        for index in query.extensions.indices {
            query.extensions[index] = try query.extensions[index].filter { phrase in
                try phrase.origin != .inflection || known(phrase.words[0])
            }
        }
        for (index, word) in splittable.enumerated() {
            guard let word, index < query.clauses.count, index < query.extensions.count else { continue }
            let column = query.clauses[index].first?.column
            for (left, right) in Self.halves(of: word)
            where !(query.clauses[index] + query.extensions[index]).contains(where: { $0.words == [left, right] }) {
                guard try known(left), try known(right) else { continue }
                query.extensions[index].append(Phrase(words: [left, right], origin: .compound, column: column))
            }
        }
        return query
    }
}
