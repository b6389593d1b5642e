/// The language an article is written in, by its BCP 47 tag, and everything azad does differently
/// for it: the direction its paragraphs fall back to, the calendar its dates are shown in, the
/// group the reader's language filter puts it in, and its names.
///
/// Only the primary subtag counts, in any case (`fa`, `FA`, `fa-AF` are Persian); Dari (`prs`) is
/// Persian and Southern and Northern Pashto (`pbt`, `pbu`) are Pashto. An unknown tag is a
/// left-to-right language with Gregorian dates in the filter's European group, named by its tag.
public struct Language: Sendable, Hashable, CustomStringConvertible {
    /// Which of the reader's language filters an article belongs to.
    public enum Group: String, Sendable, Hashable, CaseIterable {
        case persian
        case pashto
        /// Every other language: the site files them all under "European Languages".
        case european
    }

    /// How an article's date is shown.
    public enum Calendar: Sendable, Hashable {
        /// The Gregorian date alone (`21 February 2016`).
        case gregorian
        /// The solar date in this style first, then the Gregorian one (`۲ حوت ۱۳۹۴ · 2016-02-21`).
        case solar(SolarDate.Style)
    }

    /// The tag as the article carries it.
    public let tag: String

    public init(tag: String) { self.tag = tag }

    public static let persian = Language(tag: "fa")
    public static let pashto = Language(tag: "ps")
    public static let english = Language(tag: "en")

    /// The primary subtag in lower case: `fa` for `fa-AF`.
    public var primarySubtag: String {
        (tag.split(separator: "-", maxSplits: 1).first.map(String.init) ?? tag).lowercased()
    }

    /// The direction a paragraph without a strong character takes: right to left for the languages
    /// written in Arabic or Hebrew script.
    public var direction: ParagraphDirection { facts?.rightToLeft == true ? .rightToLeft : .leftToRight }

    /// Solar dates for Persian (Dari month names) and Pashto (Pashto ones), else Gregorian.
    public var calendar: Calendar {
        switch group {
        case .persian: .solar(.afghan)
        case .pashto: .solar(.pashto)
        case .european: .gregorian
        }
    }

    public var group: Group { facts?.group ?? .european }

    /// Whether the language is of `group`; every language is of no group in particular (nil).
    public func isIn(_ group: Group?) -> Bool { group.map { self.group == $0 } ?? true }

    /// The language's name in English (`Persian`); the tag for a language azad does not know.
    public var englishName: String { facts?.english ?? tag }

    /// The language's name in itself (`فارسی`); the tag for a language azad does not know.
    public var nativeName: String { facts?.native ?? tag }

    /// The language's name as `translation` shows it: the English name in English, the language's
    /// own name (`فارسی`, `Deutsch`) in any other interface language (azad keeps no Dari or Pashto
    /// names for other languages).
    public func name(in translation: Translation) -> String {
        translation.language == .en ? englishName : nativeName
    }

    public var description: String { tag }

    private var facts: Facts? { Language.table[primarySubtag] }
}

extension Language {
    /// Every language azad knows by name, in the order of their tags.
    public static var known: [Language] { table.keys.sorted().map(Language.init(tag:)) }

    /// Whether azad knows this language by name (`fa-AF` counts as `fa`).
    public var isKnown: Bool { facts != nil }
}

extension Language {
    /// What azad knows about one primary subtag.
    private struct Facts {
        var english: String
        var native: String
        var rightToLeft: Bool = false
        var group: Group = .european
    }

    /// The languages LanguageGuess names, and the right-to-left ones an export may carry.
    private static let table: [String: Facts] = [
        "fa": Facts(english: "Persian", native: "فارسی", rightToLeft: true, group: .persian),
        "prs": Facts(english: "Dari", native: "دری", rightToLeft: true, group: .persian),
        "ps": Facts(english: "Pashto", native: "پښتو", rightToLeft: true, group: .pashto),
        "pbt": Facts(english: "Southern Pashto", native: "پښتو", rightToLeft: true, group: .pashto),
        "pbu": Facts(english: "Northern Pashto", native: "پښتو", rightToLeft: true, group: .pashto),
        "ar": Facts(english: "Arabic", native: "العربية", rightToLeft: true),
        "ur": Facts(english: "Urdu", native: "اردو", rightToLeft: true),
        "ckb": Facts(english: "Central Kurdish", native: "کوردی", rightToLeft: true),
        "he": Facts(english: "Hebrew", native: "עברית", rightToLeft: true),
        "en": Facts(english: "English", native: "English"),
        "de": Facts(english: "German", native: "Deutsch"),
        "fr": Facts(english: "French", native: "Français"),
        "es": Facts(english: "Spanish", native: "Español"),
        "ru": Facts(english: "Russian", native: "Русский"),
        "zh": Facts(english: "Chinese", native: "中文"),
        "ja": Facts(english: "Japanese", native: "日本語"),
        "ko": Facts(english: "Korean", native: "한국어"),
        "hi": Facts(english: "Hindi", native: "हिन्दी"),
    ]
}
