import Stemmer

/// One of Snowball's stemmers (libstemmer), for the inflections of a European language.
///
/// A stemmer keeps state between calls, so each search makes its own; making one costs a few small
/// allocations. Words go in folded (lower case, no diacritics), as the index holds them: the stem is
/// only ever compared with stems of other folded words, so both sides lose the same accents.
final class SnowballStemmer {
    private let stemmer: OpaquePointer

    /// The Snowball algorithm for `language` (`en`, `de`, `fr`, …), or nil when libstemmer has none.
    init?(language: String) {
        guard let algorithm = Self.algorithms[language], let made = sb_stemmer_new(algorithm, "UTF_8") else {
            return nil
        }
        stemmer = made
    }

    deinit { sb_stemmer_delete(stemmer) }

    /// Snowball's name for each language tag searched with a stemmer.
    static let algorithms: [String: String] = [
        "en": "english", "de": "german", "fr": "french", "es": "spanish", "it": "italian", "pt": "portuguese",
        "nl": "dutch", "sv": "swedish", "no": "norwegian", "da": "danish", "ru": "russian",
    ]

    /// The languages stemmed when a query names none: the European languages of the site's exports.
    static let defaultLanguages = ["en", "de", "fr"]

    /// The stem of the folded `word`.
    func stem(_ word: String) -> String {
        let bytes = Array(word.utf8)
        let result = bytes.withUnsafeBufferPointer { buffer in
            sb_stemmer_stem(stemmer, buffer.baseAddress, Int32(buffer.count))
        }
        guard let result else { return word }
        let length = Int(sb_stemmer_length(stemmer))
        return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
    }
}
