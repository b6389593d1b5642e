/// Folded text that remembers where each of its bytes came from in the original.
public struct FoldedText: Sendable {
    /// The text before folding.
    public let original: String
    /// The folded text.
    public let text: String
    /// For each UTF-8 byte of `text`, the UTF-8 offsets in `original` of the scalar it came from.
    let starts: [Int32]
    let ends: [Int32]

    /// The range of `original` that produced the folded UTF-8 bytes `range` (non-empty), widened to
    /// whole characters so that a highlight never splits a letter from its marks.
    public func originalRange(ofFoldedUTF8 range: Range<Int>) -> Range<String.Index> {
        let utf8 = original.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: Int(starts[range.lowerBound]))
        let upper = utf8.index(utf8.startIndex, offsetBy: Int(ends[range.upperBound - 1]))
        return roundedDown(lower)..<max(roundedDown(lower), roundedUp(upper))
    }

    /// The start of the character holding `index`.
    private func roundedDown(_ index: String.Index) -> String.Index {
        if index >= original.endIndex || String.Index(index, within: original) != nil { return index }
        // `index(after:)` first rounds a mid-character index down, so this steps back to that start.
        return original.index(before: original.index(after: index))
    }

    /// The end of the character holding the scalar just before `index`.
    private func roundedUp(_ index: String.Index) -> String.Index {
        if index >= original.endIndex || String.Index(index, within: original) != nil { return index }
        return original.index(after: index)
    }
}
