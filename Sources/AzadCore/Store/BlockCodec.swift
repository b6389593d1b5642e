import Foundation

/// Packs an article's blocks into one blob and back: a kind byte, a 32-bit length and UTF-8 text per
/// block. Faster than JSON and safe for any text, control characters included.
enum BlockCodec {
    static func encode(_ blocks: [Block]) -> Data {
        var data = Data()
        data.reserveCapacity(blocks.reduce(0) { $0 + $1.text.utf8.count + 5 })
        for block in blocks {
            let kind: UInt8
            switch block.kind {
            case .heading: kind = 1
            case .paragraph: kind = 2
            case .verse: kind = 3
            }
            data.append(kind)
            var length = UInt32(block.text.utf8.count).littleEndian
            withUnsafeBytes(of: &length) { data.append(contentsOf: $0) }
            data.append(contentsOf: block.text.utf8)
        }
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
