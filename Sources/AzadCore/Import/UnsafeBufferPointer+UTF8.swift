extension UnsafeBufferPointer<UInt8> {
    /// The scalar value of the valid UTF-8 sequence at `offset`, which moves past it. The bytes must
    /// be valid UTF-8 (a Swift string's), so continuation bytes are not checked.
    @inline(__always)
    func decodeScalar(at offset: inout Int) -> UInt32 {
        let lead = UInt32(self[offset])
        if lead < 0x80 {
            offset += 1
            return lead
        }
        if lead < 0xE0 {
            defer { offset += 2 }
            return (lead & 0x1F) << 6 | UInt32(self[offset + 1] & 0x3F)
        }
        if lead < 0xF0 {
            defer { offset += 3 }
            return (lead & 0x0F) << 12 | UInt32(self[offset + 1] & 0x3F) << 6 | UInt32(self[offset + 2] & 0x3F)
        }
        defer { offset += 4 }
        return (lead & 0x07) << 18 | UInt32(self[offset + 1] & 0x3F) << 12 | UInt32(self[offset + 2] & 0x3F) << 6
            | UInt32(self[offset + 3] & 0x3F)
    }
}
