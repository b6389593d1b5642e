/// The words a split may be rejoined into: words seen written whole, keyed without ZWNJ.
///
/// A join is only ever made into a word of this list, so the list decides what the repair may
/// write; a word missing from it stays split, which search still finds by its pieces.
public struct RepairVocabulary: Sendable {
    /// Every written form seen, exactly as written.
    private let written: Set<String>
    /// The one written form of each ZWNJ-free key, or nil when the texts wrote it in several ways.
    private let forms: [String: String?]

    /// A vocabulary of `words` as they are written (ZWNJ included).
    public init(words: some Sequence<String>) {
        var written = Set<String>()
        var forms: [String: String?] = [:]
        for word in words where !word.isEmpty {
            guard written.insert(word).inserted else { continue }
            let key = Self.key(word)
            if let seen = forms[key] {
                if seen != word { forms[key] = .some(nil) }
            } else {
                forms[key] = word
            }
        }
        self.written = written
        self.forms = forms
    }

    /// A vocabulary of the Arabic-script words in `texts`.
    public init(texts: some Sequence<String>) {
        self.init(words: texts.flatMap { WordRejoiner.words(in: $0) })
    }

    /// The number of distinct written forms.
    public var count: Int { written.count }

    /// Whether `word` was seen written exactly so.
    func contains(_ word: String) -> Bool { written.contains(word) }

    /// The single written form of the word `letters` spell, ZWNJ aside; nil when unknown or written
    /// in more than one way (then restoring a ZWNJ would be a guess).
    func form(of letters: String) -> String? {
        forms[Self.key(letters)] ?? nil
    }

    /// The project's own word list for a language tag in the Persian or Pashto group (`fa`, `ps`; see
    /// `Language.group`), or nil for other languages.
    public static func builtIn(for language: String) -> RepairVocabulary? {
        switch Language(tag: language).group {
        case .persian: persian
        case .pashto: pashto
        case .european: nil
        }
    }

    static let persian = RepairVocabulary(words: RepairWordList.persian)
    static let pashto = RepairVocabulary(words: RepairWordList.pashto)

    private static func key(_ word: String) -> String {
        word.contains("\u{200C}")
            ? String(String.UnicodeScalarView(word.unicodeScalars.filter { $0 != "\u{200C}" })) : word
    }
}
