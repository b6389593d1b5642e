import AzadCore

/// The open article's lines as the pane scrolls through them: those laid out from the top (`head`)
/// and, once the end of a long article was asked for before the rest (`G`), those laid out from a
/// block near its end (`tail`), with the lines between counted by an estimate from their text's
/// size until layout reaches them.
///
/// Line numbers are positions in the whole: a tail line's number moves by how far the estimate was
/// off as the gap closes (`appendToHead`, `prependToTail` say by how much), and once the two meet,
/// every number is exact and final. Without a tail it is the plain list of lines laid out so far.
public struct ArticleLines: RandomAccessCollection, ExpressibleByArrayLiteral, Sendable, Hashable {
    /// Lines laid out from the top, through block `headBlocks - 1`.
    public private(set) var head: [ArticleLine]
    /// Lines laid out from block `tailStart` to the end; empty without a gap.
    public private(set) var tail: [ArticleLine] = []
    /// The first block `tail` holds; nil without a gap.
    public private(set) var tailStart: Int?
    /// How many lines the blocks between `head` and `tail` are estimated to take.
    public private(set) var gap = 0
    /// The bytes of text of the blocks between, and the lines a byte of text took in the tail.
    private var gapBytes = 0
    private var linesPerByte = 0.0

    /// What a line not yet laid out reads as: blank, outside every block.
    static let placeholder = ArticleLine(
        style: .blank,
        line: VisualLine(
            text: "", width: 0, isRightToLeft: false, logicalRange: "".startIndex..<"".endIndex, sourceIndices: []),
        blockIndex: nil)

    public init(_ lines: [ArticleLine]) { head = lines }
    public init(arrayLiteral lines: ArticleLine...) { head = lines }

    public var startIndex: Int { 0 }
    public var endIndex: Int { head.count + gap + tail.count }

    public subscript(position: Int) -> ArticleLine {
        if position < head.count { return head[position] }
        let inTail = position - head.count - gap
        precondition(inTail < tail.count, "line \(position) is past the end")
        return inTail >= 0 ? tail[inTail] : Self.placeholder
    }

    /// Whether some lines between the top and the end are not laid out yet.
    public var hasGap: Bool { tailStart != nil }
    /// The line number of the tail's first line.
    public var tailOffset: Int { head.count + gap }
    /// Whether line `position` is laid out (not in the gap).
    public func isLaidOut(_ position: Int) -> Bool {
        indices.contains(position) && (position < head.count || position >= tailOffset)
    }

    /// Starts a tail: `lines`, laid out from block `start` to the end, after a gap of blocks holding
    /// `gapBytes` bytes of text, estimated at the tail's lines per byte (`tailBytes` of text).
    mutating func setTail(_ lines: [ArticleLine], from start: Int, tailBytes: Int, gapBytes: Int) {
        tail = lines
        tailStart = start
        linesPerByte = Double(lines.count) / Double(Swift.max(1, tailBytes))
        self.gapBytes = gapBytes
        gap = estimate(gapBytes)
    }

    /// Appends lines laid out after the head for blocks of `bytes` bytes of text; with `reachingTail`
    /// they end where the tail starts, and the two join. Returns how far the tail's lines moved.
    mutating func appendToHead(_ lines: [ArticleLine], bytes: Int, reachingTail: Bool) -> Int {
        let before = tailOffset
        head += lines
        guard hasGap else { return 0 }
        if reachingTail {
            let moved = head.count - before
            join()
            return moved
        }
        gapBytes -= bytes
        gap = estimate(gapBytes)
        return tailOffset - before
    }

    /// Puts lines laid out for the blocks from `start` up to the tail, `bytes` bytes of text, before
    /// it; with `reachingHead` they start where the head ends, and the two join. Returns how far the
    /// tail's (and the gap's) lines moved.
    mutating func prependToTail(_ lines: [ArticleLine], from start: Int, bytes: Int, reachingHead: Bool) -> Int {
        let before = tailOffset
        tail = lines + tail
        tailStart = start
        gapBytes -= bytes
        gap = reachingHead ? 0 : estimate(gapBytes)
        let moved = tailOffset + lines.count - before
        if reachingHead { join() }
        return moved
    }

    private mutating func join() {
        head += tail
        tail = []
        tailStart = nil
        gap = 0
        gapBytes = 0
    }

    private func estimate(_ bytes: Int) -> Int { Swift.max(0, Int((Double(bytes) * linesPerByte).rounded())) }
}
