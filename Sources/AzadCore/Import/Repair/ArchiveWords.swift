/// Words an archive holds whole, asked about one at a time: the rejoining's source beside the
/// built-in word list, when the text is repaired for a cache that holds other articles.
///
/// The archive is asked by folded form (`Folding.fold`), the form its search index keeps, so it
/// says whether letters make a word, never how to write it: a join it allows is written with the
/// letters the text has. Each answer is kept, as a text asks about the same pieces many times.
/// Not thread-safe: one repair asks it, on one thread.
public final class ArchiveWords {
    private let lookUp: (String) -> Bool
    private var answers: [String: Bool] = [:]

    /// An archive that holds a word when `lookUp` says so of its folded form.
    public init(lookUp: @escaping (String) -> Bool) {
        self.lookUp = lookUp
    }

    /// Whether the archive holds the word `letters` spell.
    func holds(_ letters: String) -> Bool {
        let folded = Folding.fold(letters)
        guard !folded.isEmpty, !folded.contains(" ") else { return false }
        if let answer = answers[folded] { return answer }
        let answer = lookUp(folded)
        answers[folded] = answer
        return answer
    }
}
