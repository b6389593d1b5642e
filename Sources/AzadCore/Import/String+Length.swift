extension StringProtocol {
    /// Whether the text has at most `limit` Characters: `count <= limit`, but walking no further than
    /// needed, since the lines it is asked about are often whole paragraphs.
    @inline(__always)
    func hasAtMost(_ limit: Int) -> Bool {
        if utf8.count <= limit { return true }
        if let answer = utf8.withContiguousStorageIfAvailable({ Self.simpleHasAtMost(limit, in: $0) }),
            let answer
        {
            return answer
        }
        return dropFirst(limit).isEmpty
    }

    /// `hasAtMost` counted scalar by scalar with `ScalarClass`, or nil when the text holds a scalar
    /// whose grapheme breaking that leaves to the standard library: text of simple scalars alone
    /// starts a Character at every `base` and `control` scalar, and at an `extend` one only at the
    /// start or after a `control`.
    static func simpleHasAtMost(_ limit: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var characters = 0
        var previous = ScalarClass.Grapheme.control
        var offset = 0
        let count = bytes.count
        while offset < count {
            // Four-byte scalars (emoji and the like) are not simple: the caller counts those the slow way.
            guard bytes[offset] < 0xF0 else { return nil }
            let value = bytes.decodeScalar(at: &offset)
            let grapheme = ScalarClass.grapheme(Unicode.Scalar(value).unsafelyUnwrapped)
            switch grapheme {
            case .other: return nil
            case .extend where previous != .control: break
            default:
                characters += 1
                if characters > limit { return false }
            }
            previous = grapheme
        }
        return true
    }
}
