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
            let lead = UInt32(bytes[offset])
            let value: UInt32
            if lead < 0x80 {
                value = lead
                offset += 1
            } else if lead < 0xE0 {
                value = (lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F)
                offset += 2
            } else if lead < 0xF0 {
                value = (lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F)
                offset += 3
            } else {
                return nil
            }
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
