import Foundation

/// A compiled gettext catalog (`.mo`, as `msgfmt` writes it): each English message to its
/// translation, or to its plural forms.
///
/// The format is GNU gettext's ("The Format of GNU MO Files"): a magic number telling the byte
/// order, then two tables of (length, offset) pairs, one for the original strings and one for the
/// translations. A plural entry's original is `singular NUL plural`, its translation the forms
/// joined by NUL.
public struct MessageCatalog: Sendable, Hashable {
    /// The translations, by original (`singular\0plural` for plural entries).
    let messages: [String: [String]]
    let plural: PluralRule

    init(messages: [String: [String]], plural: PluralRule) {
        self.messages = messages
        self.plural = plural
    }

    /// The catalog `data` holds, or nil when it is not a `.mo` file.
    public init?(data: Data) {
        let bytes = [UInt8](data)
        guard bytes.count >= 28 else { return nil }
        func word(_ offset: Int, bigEndian: Bool) -> Int? {
            guard offset >= 0, offset + 4 <= bytes.count else { return nil }
            let b = bytes[offset..<offset + 4].map(UInt32.init)
            return Int(
                bigEndian ? b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3] : b[3] << 24 | b[2] << 16 | b[1] << 8 | b[0])
        }
        let bigEndian: Bool
        switch word(0, bigEndian: false) {
        case 0x9504_12de: bigEndian = false
        case 0xde12_0495: bigEndian = true
        default: return nil
        }
        guard let count = word(8, bigEndian: bigEndian), let originals = word(12, bigEndian: bigEndian),
            let translations = word(16, bigEndian: bigEndian)
        else { return nil }
        func string(table: Int, index: Int) -> String? {
            guard let length = word(table + 8 * index, bigEndian: bigEndian),
                let start = word(table + 8 * index + 4, bigEndian: bigEndian), start + length <= bytes.count
            else { return nil }
            return String(decoding: bytes[start..<start + length], as: UTF8.self)
        }
        var messages: [String: [String]] = [:]
        var header = ""
        for index in 0..<count {
            guard let original = string(table: originals, index: index),
                let translation = string(table: translations, index: index)
            else { return nil }
            if original.isEmpty {
                header = translation
            } else {
                messages[original] = translation.split(separator: "\0", omittingEmptySubsequences: false).map(
                    String.init)
            }
        }
        self.init(messages: messages, plural: PluralRule(header: header) ?? .english)
    }

    /// The translation of `message`, nil when the catalog has none (or an empty one, which gettext
    /// treats as untranslated).
    func translation(of message: String) -> String? {
        guard let translated = messages[message]?.first, !translated.isEmpty else { return nil }
        return translated
    }

    /// The form of a plural message for `count`, nil when the catalog has none.
    func translation(singular: String, plural: String, count: Int) -> String? {
        guard let forms = messages[singular + "\0" + plural] else { return nil }
        let form = self.plural.form(for: count)
        guard form < forms.count, !forms[form].isEmpty else { return nil }
        return forms[form]
    }

    /// Every original the catalog translates (plural entries as `singular\0plural`).
    public var originals: Set<String> { Set(messages.keys) }
}
