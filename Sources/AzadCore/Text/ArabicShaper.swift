import CICU

/// Arabic letters to their contextual presentation forms, by ICU's `u_shapeArabic`.
///
/// Terminals that print cells as received draw every Arabic letter in its isolated form; shaping
/// picks the initial, medial or final form each letter takes in its word, as a reader expects.
/// ICU's own lam-alef handling moves harakat that sit between lam and alef and puts the ligature
/// now on the lam's position, now on the alef's; so azad forms lam-alef ligatures itself, like
/// FriBidi: a lam directly followed by an alef becomes one ligature at the lam's position, and the
/// alef's position is left `nil` (no cell). Harakat stay combining characters. The output has one
/// entry per input UTF-16 unit.
public enum ArabicShaper {
    /// Shapes one logical line of UTF-16 text; `nil` marks a position absorbed into a ligature.
    public static func shape(_ text: [UInt16]) -> [UInt16?] {
        guard text.contains(where: { (0x0600...0x06FF).contains($0) }) else { return text.map { $0 } }
        // Alefs after a lam (harakat between them or not) are shaped as dal, which joins the same
        // way but forms no ligature; the ligature or the alef's own form is put back below.
        var input = text
        var alefs: [Int] = []
        var index = 0
        while index < input.count {
            if input[index] == lam {
                var next = index + 1
                while next < input.count, isTransparent(input[next]) { next += 1 }
                if next < input.count, alefForms[input[next]] != nil {
                    alefs.append(next)
                    input[next] = dal
                    index = next
                }
            }
            index += 1
        }
        var output = [UInt16](repeating: 0, count: input.count)
        var status: Int32 = 0
        let written = input.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { dest in
                azad_u_shape_arabic_letters(source.baseAddress, Int32(source.count), dest.baseAddress, &status)
            }
        }
        guard azad_u_failure(status) == 0, Int(written) == input.count else { return text.map { $0 } }
        var result: [UInt16?] = output.map { $0 }
        // ICU also turns harakat into spacing presentation forms; a terminal needs them combining.
        for (position, unit) in text.enumerated() where isTransparent(unit) { result[position] = unit }
        for position in alefs {
            let alef = text[position]
            guard let forms = alefForms[alef] else { continue }
            if text[position - 1] == lam, let ligatures = lamAlefLigatures[alef] {
                // An initial lam makes the isolated ligature, a medial one the final ligature.
                result[position - 1] = output[position - 1] == lamMedial ? ligatures.final : ligatures.isolated
                result[position] = nil
            } else {
                result[position] = output[position] == dalFinal ? forms.final : forms.isolated
            }
        }
        return result
    }

    private static let lam: UInt16 = 0x0644
    private static let lamMedial: UInt16 = 0xFEE0
    private static let dal: UInt16 = 0x062F
    private static let dalFinal: UInt16 = 0xFEAA

    /// Isolated and final forms of the alefs that make lam-alef ligatures.
    private static let alefForms: [UInt16: (isolated: UInt16, final: UInt16)] = [
        0x0622: (0xFE81, 0xFE82), 0x0623: (0xFE83, 0xFE84), 0x0625: (0xFE87, 0xFE88), 0x0627: (0xFE8D, 0xFE8E),
    ]
    /// Isolated and final lam-alef ligatures, by alef.
    private static let lamAlefLigatures: [UInt16: (isolated: UInt16, final: UInt16)] = [
        0x0622: (0xFEF5, 0xFEF6), 0x0623: (0xFEF7, 0xFEF8), 0x0625: (0xFEF9, 0xFEFA), 0x0627: (0xFEFB, 0xFEFC),
    ]

    /// Harakat and other marks that do not break a joining (joining type T).
    private static func isTransparent(_ unit: UInt16) -> Bool {
        azad_u_is_nonspacing_mark(Int32(unit)) != 0
    }
}
