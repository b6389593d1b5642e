/// A light stemmer for Persian (Dari) and Pashto: table-driven suffix stripping on folded words.
///
/// It strips what inflection adds to a word — plurals, the ezafe and the indefinite `ی`, possessive
/// endings after a plural, the comparative and superlative — and nothing derivational. Each rule of
/// ``rules`` names its suffix, what replaces it, the letter it must follow (if any), the shortest stem
/// it may leave, and whether it is Pashto's alone. Stripping repeats, longest suffix first, until no
/// rule applies (`کتاب‌هایشان` → `کتاب`), and stops at a word of ``exceptions``, whose ending only
/// looks like a suffix (`ایران` is not `ایر` + `ان`). Words are folded (``Folding``): the half-space is
/// gone, `ۀ` is `ه`, `ې` is `ی`, so `خانهٔ`, `خانۀ` and `خانه` are one word before any rule runs.
///
/// docs/search.md lists the rules with examples; the tests hold, for each, words it must and must not touch.
struct PersianStemmer: Sendable {
    /// One suffix the stemmer strips.
    struct Rule: Sendable {
        /// The folded suffix.
        var suffix: String
        /// What the suffix becomes (`گان` → `ه`: `نویسندگان` → `نویسنده`).
        var replacement: String
        /// The letter the suffix must follow, when it must.
        var after: Set<Character>
        /// The fewest letters the stem may keep.
        var minimumStem: Int
        /// Pashto's alone: applied only to a query written in Pashto.
        var pashtoOnly: Bool

        init(
            _ suffix: String, _ replacement: String = "", after: String = "", minimumStem: Int = 3,
            pashtoOnly: Bool = false
        ) {
            self.suffix = Folding.fold(suffix)
            self.replacement = Folding.fold(replacement)
            self.after = Set(Folding.fold(after))
            self.minimumStem = minimumStem
            self.pashtoOnly = pashtoOnly
        }
    }

    /// Whether the Pashto-only rules apply.
    var pashto: Bool

    init(pashto: Bool = false) { self.pashto = pashto }

    /// Every rule, longest suffix first (the order they are tried in).
    static let rules: [Rule] = [
        // Possessive endings after the plural ها: `کتاب‌هایشان`, `کتاب‌هاشان`, `کتاب‌هایم`.
        Rule("هایشان"), Rule("هایتان"), Rule("هایمان"), Rule("هاشان"), Rule("هاتان"), Rule("هامان"),
        Rule("هایش"), Rule("هایت"), Rule("هایم"), Rule("هاش"), Rule("هات"), Rule("هام"),
        // Plurals: ها with its ezafe or indefinite ی, Arabic ات and ین, ان with its glide after a vowel.
        Rule("هایی"), Rule("های"), Rule("ها"),
        Rule("یان", after: "او"), Rule("گان", "ه"), Rule("ان"), Rule("ات"), Rule("ین", minimumStem: 4),
        // Comparative and superlative.
        Rule("ترین"), Rule("تر"),
        // Pashto plurals: `کورونه`, and the oblique `کورو` (Persian has too many words in و).
        Rule("ونه"), Rule("و", pashtoOnly: true),
        // The ezafe and indefinite ی (ۀ and ٔ fold to ه): `کتابی`; Pashto ې folds to ی. Folded, `خانه‌ای`
        // is `خانهای`, which `های` strips first; `inflects` reads it the other way too.
        Rule("ای", after: "ه"), Rule("ی"),
    ].sorted { $0.suffix.count > $1.suffix.count }

    /// Words whose ending only looks like a suffix, kept whole.
    static let exceptions: Set<String> = Set(
        [
            // ان
            "ایران", "باران", "انسان", "زمستان", "جوان", "زبان", "جهان", "زمان", "میدان", "خیابان", "آسمان",
            "سازمان", "پایان", "دوران", "تهران", "کرمان", "لبنان", "یونان", "سودان", "ایمان", "قرآن", "درمان",
            "فرمان", "پیمان", "ساختمان", "میزان", "بحران", "امکان", "مکان", "زندان", "دندان", "طوفان", "توان",
            "روان", "دیوان", "ایوان", "ارزان", "گروگان", "آبادان", "مهمان", "مسلمان", "کاروان", "پنهان", "گمان",
            "نشان", "بیان", "قربان", "رمضان", "عنوان", "میهمان", "باغبان", "جریان", "پاسبان", "نگهبان", "چنان",
            "همان", "آنان", "ایشان", "یکسان", "آسان", "فراوان", "سلطان", "شیطان", "بیابان", "گریبان", "ارغوان",
            // ات
            "ملاقات", "اوقات", "مساوات", "مکافات", "صلوات", "تورات", "سوغات", "کرات",
            // ین
            "سرزمین", "غمگین", "پروتئین", "بنیامین", "دوربین", "تحسین", "ماشین", "فلسطین",
            // تر
            "کبوتر", "انگشتر", "کامپیوتر", "تئاتر", "فیلتر", "پوستر", "هلیکوپتر", "دفتر", "اختر",
            // ی
            "ماهی", "کشتی", "بازی", "خیلی", "کمی", "صندلی", "قوی",
            // ونه
            "وارونه", "نمونه", "گونه", "چگونه",
        ].map(Folding.fold))

    /// Endings that end no inflected word: place names in `ستان`, lengths in `متر`.
    static let keptEndings = ["ستان", "متر"].map(Folding.fold)

    /// The stem of the folded `word`.
    func stem(_ word: String) -> String {
        var stem = word
        // Four steps are the most a word takes: ezafe, possessive, plural, comparative.
        for _ in 0..<4 {
            guard let next = strip(stem) else { break }
            stem = next
        }
        return stem
    }

    /// `word` with its last suffix stripped, or nil when no rule applies.
    func strip(_ word: String) -> String? {
        guard !isKept(word) else { return nil }
        let letters = Array(word)
        for rule in Self.rules where !rule.pashtoOnly || pashto {
            guard word.hasSuffix(rule.suffix) else { continue }
            let stemLength = letters.count - rule.suffix.count
            guard stemLength >= rule.minimumStem else { continue }
            if !rule.after.isEmpty, !rule.after.contains(letters[stemLength - 1]) { continue }
            return String(letters[..<stemLength]) + rule.replacement
        }
        return nil
    }

    /// Whether `word` is kept whole: an exception, or a word in an ending no suffix makes.
    func isKept(_ word: String) -> Bool {
        Self.exceptions.contains(word) || Self.keptEndings.contains { word.hasSuffix($0) }
    }

    /// Whether `candidate`, a word of the index, is an inflection of a word whose stem is `stem`: it
    /// stems to it, or one rule strips it to it. The second reading settles what folding made
    /// ambiguous: `خانه‌ای` (a house) and `خان‌های` (khans) are both `خانهای`.
    func inflects(_ candidate: String, stem: String) -> Bool {
        if self.stem(candidate) == stem { return true }
        guard !isKept(candidate) else { return false }
        let letters = Array(candidate)
        for rule in Self.rules where !rule.pashtoOnly || pashto {
            guard candidate.hasSuffix(rule.suffix), rule.replacement.isEmpty else { continue }
            let stemLength = letters.count - rule.suffix.count
            guard stemLength >= rule.minimumStem, String(letters[..<stemLength]) == stem else { continue }
            if rule.after.isEmpty || rule.after.contains(letters[stemLength - 1]) { return true }
        }
        return false
    }
}
