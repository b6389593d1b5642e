import Foundation

/// Reads a byline line into its contributors and their roles: `By A and B`, `نویسنده: …`,
/// `برگردان: …`, `Übersetzt von …`, and lines that name several roles (`A / ترجمه: B`).
enum Byline {
    /// Byline labels as folded words with the role they give; longest first so `translated by`
    /// wins over `by` and `ترجمه و تلخیص` over `ترجمه`.
    private static let labels: [(words: [String], role: Contributor.Role)] = {
        let table: [(String, Contributor.Role)] = [
            ("written by", .author), ("by", .author), ("von", .author), ("par", .author), ("author", .author),
            ("autor", .author), ("auteur", .author), ("reported by", .author), ("interview by", .author),
            ("poem by", .author), ("gedicht von", .author), ("poème de", .author), ("نویسنده", .author),
            ("نوشته", .author), ("نوشته ی", .author), ("نوشتهٔ", .author), ("نگارنده", .author), ("نگارش", .author),
            ("گزارشگر", .author), ("سروده", .author), ("سراینده", .author), ("شعر از", .author),
            ("گزارش از", .author), ("از", .author), ("لیکوال", .author), ("لیکنه", .author), ("لیکونکی", .author),
            ("لیکوالان", .author),
            ("translated by", .translator), ("translation by", .translator), ("translation", .translator),
            ("traduit par", .translator), ("traduction", .translator), ("übersetzt von", .translator),
            ("übersetzung", .translator), ("aus dem englischen von", .translator), ("برگردان", .translator),
            ("برگردان از", .translator), ("ترجمه", .translator), ("ترجمه و تلخیص", .translator),
            ("مترجم", .translator), ("ژباړه", .translator), ("ژباړن", .translator), ("ژباړونکی", .translator),
            ("edited by", .editor), ("editor", .editor), ("herausgegeben von", .editor), ("redaktion", .editor),
            ("édité par", .editor), ("ویراستار", .editor), ("ویرایش", .editor), ("سمونګر", .editor),
            ("compiled by", .compiler), ("zusammengestellt von", .compiler), ("compilé par", .compiler),
            ("تهیه کننده", .compiler), ("تهیه و ترتیب", .compiler), ("گردآورنده", .compiler),
            ("گردآوری", .compiler), ("تدوین", .compiler), ("راټولونکی", .compiler), ("راټولونه", .compiler),
        ]
        return table.map { (text, role) in (text.split(separator: " ").map { MatchKey.fold($0) }, role) }
            .sorted { $0.words.count > $1.words.count }
    }()

    /// The folded first words of the labels and the translation words: what a byline opens with.
    private static let openers = Set(labels.map { $0.words[0] }).union(translationWords)

    /// What is trimmed from each word of a byline before it is compared.
    private static let trim = CharacterSet(charactersIn: ":：-–")

    /// Separators between names on one byline, in the order they are split at.
    private static let nameSeparators = [" / ", "/", ",", "،", " and ", " & ", " und ", " et ", " و ", " او "]

    /// First words of translator lines that name the source language before the translator.
    private static let translationWords: Set<String> = [
        "traduit", "traduction", "übersetzt", "übersetzung", "aus", "translated", "translation",
    ].reduce(into: []) { $0.insert(MatchKey.fold($1)) }

    /// Latin words a name may hold in lower case.
    private static let particles: Set<String> = [
        "and", "und", "et", "von", "van", "de", "der", "al", "bin", "da", "la", "le",
    ]

    /// The label `words` (folded) open with, and how many words it takes.
    private static func label(opening words: ArraySlice<String>) -> (length: Int, role: Contributor.Role)? {
        for label in labels
        where words.count > label.words.count && Array(words.prefix(label.words.count)) == label.words {
            return (label.words.count, label.role)
        }
        return nil
    }

    /// The contributors a byline line names, in order, or nil when the line is not a byline.
    static func contributors(_ line: String) -> [Contributor]? {
        guard line.hasAtMost(120) else { return nil }
        let isGap: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        // Every byline opens with the first word of a label or a translation word: one word folded
        // rules out the titles, dates and sentences that reach here.
        guard let opener = line.split(maxSplits: 1, whereSeparator: isGap).first,
            openers.contains(MatchKey.fold(opener.trimmingCharacters(in: trim)))
        else { return nil }
        let words = line.split(whereSeparator: isGap)
        let folded = words.map { MatchKey.fold($0.trimmingCharacters(in: trim)) }
        var matched = label(opening: folded[...])
        // Translator lines that name the language first: `Traduit de l'anglais par X`,
        // `Aus dem Englischen übersetzt von X`, `Translated from the French by X`.
        if matched == nil, let first = folded.first, translationWords.contains(first), words.count <= 14,
            let marker = folded.firstIndex(where: { ["par", "von", "by"].contains($0) }), marker > 0
        {
            matched = (marker + 1, .translator)
        }
        guard let (length, role) = matched, words.count > length else { return nil }
        // `از` ("from") opens ordinary sentences: as a byline it carries a colon.
        if folded[0] == MatchKey.fold("از"), !words[0].contains(":"), !words[1].hasPrefix(":") { return nil }
        // Latin bylines are capitalised (`By`, not the `by` that opens a wrapped line of prose).
        if let first = words[0].first, first.isLowercase { return nil }
        let rest = words.dropFirst(length).joined(separator: " ").trimmingCharacters(
            in: CharacterSet(charactersIn: ":：-– \t"))
        // `از`, `von` and `par` open ordinary sentences too: a byline after them is a short name.
        let limit = length == 1 && ["از", "von", "par"].contains(folded[0]) ? 5 : 10
        guard !rest.hasSuffix("."), !rest.hasSuffix("،") else { return nil }
        var pieces = [rest]
        for separator in nameSeparators {
            pieces = pieces.flatMap { $0.components(separatedBy: separator) }
        }
        var result: [Contributor] = []
        var current = role
        var nameWords = 0
        for piece in pieces {
            var name = piece.trimmingCharacters(in: .whitespaces)
            // A second label inside the line (`A / ترجمه: B`) gives the names after it their role.
            let pieceWords = name.split(whereSeparator: isGap)
            let pieceFolded = pieceWords.map { MatchKey.fold($0.trimmingCharacters(in: trim)) }
            if let inner = label(opening: pieceFolded[...]),
                inner.length > 1 || pieceWords[0].contains(":")
                    || pieceWords.count > 1 && pieceWords[1].hasPrefix(":")
                    || ["by", "von", "par"].contains(pieceFolded[0])
            {
                current = inner.role
                name = pieceWords.dropFirst(inner.length).joined(separator: " ").trimmingCharacters(
                    in: CharacterSet(charactersIn: ":：-– \t"))
            }
            guard !name.isEmpty else { continue }
            // Names in Latin script are capitalised, bar the particles between their parts.
            let words = name.split(separator: " ")
            guard !words.contains(where: { $0.first?.isLowercase == true && !particles.contains(String($0)) })
            else { return nil }
            nameWords += words.count
            // `By John Smith, Reuters`: the outlet stays with the name rather than passing for an author.
            if let last = result.last, isOutlet(name) {
                result[result.count - 1].name = last.name + ", " + name
            } else {
                result.append(Contributor(name: name, role: current))
            }
        }
        guard !result.isEmpty, nameWords <= limit + (result.count > 1 ? 6 : 0) else { return nil }
        return result
    }

    /// A news agency or publication, as bylines name them after the author.
    static func isOutlet(_ text: String) -> Bool {
        let key = MatchKey.fold(text)
        let known: Set<String> = [
            "reuters", "ap", "afp", "dpa", "bbc", "xinhua", "associated press", "agence france-presse", "al jazeera",
            "tolonews", "pajhwok", "the guardian", "the new york times", "the washington post", "der spiegel",
            "le monde", "خبرگزاری", "بی بی سی",
        ]
        if known.contains(key) { return true }
        let words = Set(key.split(separator: " ").map(String.init))
        return !words.isDisjoint(with: [
            "press", "news", "agency", "times", "post", "agence", "zeitung", "journal", "خبرگزاری",
        ])
    }
}
