import AzadCore
import Foundation

/// JSON on stdout as `JSONStream` writes it, with one trailing newline.
enum JSONOutput {
    static func print(_ value: JSONValue) {
        FileHandle.standardOutput.write(Data(JSONStream.encoded(value) + [0x0A]))
    }

    /// An array, written as its elements are encoded, in 64 KB writes, so that `list --json` of a
    /// large archive never holds the whole document.
    static func printArray<T: Encodable>(_ items: some Sequence<T>) throws {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 16)
        func flush() {
            FileHandle.standardOutput.write(Data(buffer))
            buffer.removeAll(keepingCapacity: true)
        }
        try JSONStream.writeArray(items) { piece in
            buffer += piece
            if buffer.count >= 1 << 16 { flush() }
        }
        // An empty array is `[]` on one line, as a script comparing the output expects it.
        if buffer == Array("[\n\n]".utf8) { buffer = Array("[]".utf8) }
        buffer.append(0x0A)
        flush()
    }
}
