import Foundation

/// Packs an article's blocks into one blob and back: a kind byte, a 32-bit length and UTF-8 text per
/// block. Faster than JSON and safe for any text, control characters included.
enum BlockCodec {
    static func encode(_ blocks: [Block]) -> Data {
        var blocks = blocks
        return encode(releasing: &blocks)
    }

    /// Bytes of text let go of between two returns of freed memory while a big article is encoded.
    static let returnEvery = 8 << 20

    /// `encode(blocks)`, emptying `blocks`: the blob is allocated once at its size, and each block's
    /// text is let go of once written. For a big article the memory its paragraphs held goes back to
    /// the system every `returnEvery` bytes, so that the blob takes the room they leave instead of
    /// adding to it (docs/DECISIONS.md, "A big export is held about twice, never once per step").
    static func encode(releasing blocks: inout [Block]) -> Data {
        let size = blocks.reduce(0) { $0 + $1.text.utf8.count + 5 }
        let big = size >= ParsePool.bigFileBytes
        var data = Data(count: size)
        data.withUnsafeMutableBytes { (raw: UnsafeMutableRawBufferPointer) in
            var offset = 0
            var released = 0
            for index in blocks.indices {
                let kind: UInt8
                switch blocks[index].kind {
                case .heading: kind = 1
                case .paragraph: kind = 2
                case .verse: kind = 3
                }
                var text = blocks[index].text
                blocks[index].text = ""
                let length = text.utf8.count
                raw[offset] = kind
                for shift in 0..<4 { raw[offset + 1 + shift] = UInt8(truncatingIfNeeded: length >> (8 * shift)) }
                let start = offset + 5
                text.withUTF8 { bytes in
                    guard let base = bytes.baseAddress else { return }
                    (raw.baseAddress! + start).copyMemory(from: base, byteCount: length)
                }
                offset += 5 + length
                released += length
                if big && released >= returnEvery {
                    // This block's text too: its storage goes with the last reference to it.
                    text = ""
                    Platform.returnFreeMemory()
                    released = 0
                }
            }
        }
        blocks = []
        return data
    }

    /// The blocks in `data`; a damaged blob yields the blocks before the damage.
    static func decode(_ data: Data) -> [Block] {
        var blocks: [Block] = []
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var position = 0
            while let block = block(in: raw, at: &position) { blocks.append(block) }
        }
        return blocks
    }

    /// The texts of the blocks in `data`, decoded one at a time as they are read: a reader that
    /// needs each text only briefly (the search index's folding) never holds them all.
    static func texts(in data: Data) -> some Sequence<String> {
        sequence(state: 0) { position in
            data.withUnsafeBytes { block(in: $0, at: &position)?.text }
        }
    }

    /// The block that starts at `position`, which moves past it; nil at the end or at damage.
    private static func block(in raw: UnsafeRawBufferPointer, at position: inout Int) -> Block? {
        guard position + 5 <= raw.count else { return nil }
        let kind: Block.Kind
        switch raw[position] {
        case 1: kind = .heading
        case 3: kind = .verse
        default: kind = .paragraph
        }
        var length: UInt32 = 0
        for shift in 0..<4 { length |= UInt32(raw[position + 1 + shift]) << (8 * shift) }
        let start = position + 5
        let end = start + Int(length)
        guard end <= raw.count else { return nil }
        position = end
        return Block(kind, String(decoding: raw[start..<end], as: UTF8.self))
    }
}
