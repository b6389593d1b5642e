import Foundation

/// A fast 64-bit fingerprint of a file's bytes, to tell a touched file from an edited one.
///
/// Not cryptographic: it only has to notice that an export changed, eight bytes at a time.
enum ContentHash {
    static func of(_ data: Data) -> Int64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(data.count)
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let words = raw.count / 8
            for index in 0..<words {
                let word = raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)
                hash = mix(hash ^ word)
            }
            var tail: UInt64 = 0
            for index in (words * 8)..<raw.count { tail = (tail << 8) | UInt64(raw[index]) }
            hash = mix(hash ^ tail)
        }
        return Int64(bitPattern: mix(hash))
    }

    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        var x = value &* 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 32
        x = x &* 0xC4CE_B9FE_1A85_EC53
        return x ^ (x >> 29)
    }
}
