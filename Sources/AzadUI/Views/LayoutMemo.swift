import AzadCore

/// Laid-out short texts (list titles and sections) kept between frames, so that a key that moves the
/// list lays out only the rows that came into view, not every visible row again.
public final class LayoutMemo {
    private struct Key: Hashable {
        var text: String
        var width: Int
        var options: LayoutOptions
    }

    private var lines: [Key: VisualLine] = [:]
    /// How many texts were laid out rather than found: the work a frame did.
    public private(set) var layouts = 0
    /// Entries kept at most: a few screens of rows; the memo starts over when it is full.
    private let capacity: Int

    public init(capacity: Int = 4096) { self.capacity = capacity }

    /// `ParagraphLayout.clippedLine(text, width:, options:)`, from memory when it was laid out before.
    func line(_ text: String, width: Int, options: LayoutOptions) -> VisualLine {
        let key = Key(text: text, width: width, options: options)
        if let line = lines[key] { return line }
        let line = ParagraphLayout.clippedLine(text, width: width, options: options)
        layouts += 1
        if lines.count >= capacity { lines.removeAll(keepingCapacity: true) }
        lines[key] = line
        return line
    }
}
