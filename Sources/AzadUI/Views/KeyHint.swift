import AzadCore

/// One hint of the status line: keys and what they do (`Enter`, `open`), or words with no key
/// (`3 lines selected ·`, a help search's query).
///
/// The status line writes a message's hints as one line; in a mirrored layout it sets each hint
/// apart, so that a key, left to right, stays beside its right-to-left word instead of joining the
/// run of its neighbours (a `/` or `]` between two Persian words is carried to their side).
struct KeyHint: Equatable {
    /// The keys, as bound (`Enter`, `/`, `]/[`); nil for words with no key.
    var keys: String?
    /// What the keys do, or the words.
    var text: String

    /// The hint as the status line writes it in one line: `keys:text`.
    var written: String { keys.map { "\($0):\(text)" } ?? text }

    /// The hints of `message`, a translated message of `{key}:word` hints separated by spaces, with
    /// its `{name}` placeholders filled from `values`. A word with no `:` belongs to the hint before
    /// it (`{swap}:other end`), or is words of its own at the start.
    static func parse(_ message: String, _ values: [String: String] = [:]) -> [KeyHint] {
        var hints: [KeyHint] = []
        for word in message.split(separator: " ", omittingEmptySubsequences: false) {
            if let colon = word.firstIndex(of: ":"), colon > word.startIndex {
                hints.append(
                    KeyHint(keys: fill(word[..<colon], values), text: fill(word[word.index(after: colon)...], values)))
            } else if let last = hints.indices.last {
                hints[last].text += " " + fill(word, values)
            } else {
                hints.append(KeyHint(keys: nil, text: fill(word, values)))
            }
        }
        return hints
    }

    private static func fill(_ text: Substring, _ values: [String: String]) -> String {
        var text = String(text)
        for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }
}
