import Foundation

/// The one writer of the JSON azad prints: every C1 control, DEL, line and paragraph separator and
/// bidi control escaped as `\uXXXX`, slashes left alone. `Encodable` values are pretty-printed with
/// sorted keys; `JSONValue` trees keep their keys in the order given (`encoded(_:pretty:)`).
///
/// `JSONEncoder` escapes only C0 controls, so text from a file could otherwise reach the terminal with
/// controls that reorder or garble it. Outside strings JSON holds none of those scalars, so escaping
/// every one is safe. Arrays can be written element by element (`writeArray`), byte for byte as the
/// encoder writes the whole array, so that `list --json` of a large archive never holds it all.
public enum JSONStream {
    /// `value` encoded and escaped.
    public static func encoded(_ value: some Encodable) throws -> [UInt8] {
        escaped(try makeEncoder().encode(value))
    }

    /// Writes `items` as one JSON array through `write`, in pieces: the same bytes as
    /// `encoded(Array(items))`.
    public static func writeArray<Element: Encodable>(
        _ items: some Sequence<Element>, to write: ([UInt8]) -> Void
    ) throws {
        var count = 0
        let encoder = makeEncoder()
        write(Array("[\n".utf8))
        for item in items {
            var piece: [UInt8] = count == 0 ? [] : Array(",\n".utf8)
            // Inside the array the encoder indents each of an element's lines by two more spaces;
            // the empty line of an empty array stays empty, and strings hold no raw line breaks.
            let element = escaped(try encoder.encode(item))
            var lineStart = true
            for byte in element {
                if lineStart && byte != 0x0A { piece += [0x20, 0x20] }
                piece.append(byte)
                lineStart = byte == 0x0A
            }
            write(piece)
            count += 1
        }
        // The encoder writes an empty array as `[`, an empty line, `]`, and a full one with its last
        // element's line ended before the `]`: either way a line break, then the bracket.
        write(Array("\n]".utf8))
    }

    private static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// The encoder's UTF-8 with DEL, C1 controls (C2 80–9F), U+2028 to U+202E (E2 80 A8–AE) and
    /// U+2066 to U+2069 (E2 81 A6–A9) escaped, by bytes.
    static func escaped(_ json: some ContiguousBytes) -> [UInt8] {
        var output: [UInt8] = []
        json.withUnsafeBytes { raw in
            output.reserveCapacity(raw.count)
            let bytes = raw.bindMemory(to: UInt8.self)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                var scalar: UInt32?
                var length = 1
                if byte == 0x7F {
                    scalar = 0x7F
                } else if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
                    scalar = UInt32(bytes[index + 1])
                    length = 2
                } else if byte == 0xE2, index + 2 < bytes.count {
                    let second = bytes[index + 1]
                    let third = bytes[index + 2]
                    if (second == 0x80 && (0xA8...0xAE).contains(third))
                        || (second == 0x81 && (0xA6...0xA9).contains(third))
                    {
                        scalar = 0x2000 | UInt32(second & 0x3F) << 6 | UInt32(third & 0x3F)
                        length = 3
                    }
                }
                if let scalar {
                    let hex = String(scalar, radix: 16)
                    output += Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
                } else {
                    output.append(byte)
                }
                index += length
            }
        }
        return output
    }
}
