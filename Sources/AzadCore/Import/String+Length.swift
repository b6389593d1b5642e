extension StringProtocol {
    /// Whether the text has at most `limit` Characters: `count <= limit`, but walking no further than
    /// needed, since the lines it is asked about are often whole paragraphs.
    @inline(__always)
    func hasAtMost(_ limit: Int) -> Bool {
        utf8.count <= limit || dropFirst(limit).isEmpty
    }
}
