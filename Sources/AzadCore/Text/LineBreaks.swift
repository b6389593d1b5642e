import CICU

/// Line-break opportunities by ICU's line break iterator (UAX #14), in the root locale.
enum LineBreaks {
    /// The UTF-16 offsets, ascending, where a new line may start (0 and the end excluded).
    static func opportunities(in text: [UInt16]) -> [Int] {
        guard !text.isEmpty else { return [] }
        return text.withUnsafeBufferPointer { buffer -> [Int] in
            var status: Int32 = 0
            guard let iterator = azad_ubrk_open_line(buffer.baseAddress, Int32(buffer.count), &status),
                azad_u_failure(status) == 0
            else { return [] }
            defer { azad_ubrk_close(iterator) }
            var result: [Int] = []
            while true {
                let offset = azad_ubrk_next(iterator)
                if offset < 0 || Int(offset) >= buffer.count { break }
                result.append(Int(offset))
            }
            return result
        }
    }
}
