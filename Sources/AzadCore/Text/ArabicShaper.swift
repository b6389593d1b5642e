import CICU
import Foundation

/// Arabic letters to their contextual presentation forms: joining by ICU's `u_shapeArabic`, forms
/// from Unicode's own table.
///
/// Terminals that print cells as received draw every Arabic letter in its isolated form; shaping
/// picks the initial, medial or final form each letter takes in its word, as a reader expects.
/// ICU 72 decides the joining well for the letters it knows but leaves others unshaped and
/// unjoined (alef wasla, many Sindhi, Urdu and Kurdish letters, the letters Unicode added later),
/// puts a lam-alef ligature now on the lam's position, now on the alef's, and moves harakat that sit
/// between the two. So ICU is given only stand-ins — every dual-joining letter as beh, every
/// right-joining one as dal — and reports each position's joining; the form itself comes from the
/// presentation forms Unicode maps back to each letter (the letter stays as it is where Unicode has
/// no such form). Lam-alef ligatures are formed as FriBidi forms them: a lam directly followed by an
/// alef becomes one ligature at the lam's position, and the alef's position is left `nil` (no cell).
/// Harakat stay combining characters. The output has one entry per input UTF-16 unit.
public enum ArabicShaper {
    /// Shapes one logical line of UTF-16 text; `nil` marks a position absorbed into a ligature.
    public static func shape(_ text: [UInt16]) -> [UInt16?] {
        guard text.contains(where: isArabicLetterRange) else { return text.map { $0 } }
        var input = text
        var joining = [UInt8](repeating: 0, count: text.count)
        for (position, unit) in text.enumerated() where isArabicLetterRange(unit) {
            switch azad_u_joining_type(Int32(unit)) {
            case 1:
                input[position] = beh
                joining[position] = 1
            case 2:
                input[position] = dal
                joining[position] = 2
            default: break
            }
        }
        var output = [UInt16](repeating: 0, count: input.count)
        var status: Int32 = 0
        let written = input.withUnsafeBufferPointer { source in
            output.withUnsafeMutableBufferPointer { dest in
                azad_u_shape_arabic_letters(source.baseAddress, Int32(source.count), dest.baseAddress, &status)
            }
        }
        guard azad_u_failure(status) == 0, Int(written) == input.count else { return text.map { $0 } }
        var result: [UInt16?] = text.map { $0 }
        for position in text.indices where joining[position] != 0 {
            let form = Self.form(of: output[position])
            let letter = text[position]
            if joining[position] == 2, position > 0, text[position - 1] == lam, joining[position - 1] == 1,
                let ligatures = lamAlefLigatures[letter]
            {
                // An initial lam makes the isolated ligature, a medial one the final ligature.
                let lamForm = Self.form(of: output[position - 1])
                result[position - 1] = lamForm == .medial ? ligatures.final : ligatures.isolated
                result[position] = nil
                continue
            }
            result[position] = presentationForms[letter]?[form.rawValue] ?? letter
        }
        return result
    }

    /// The four contextual forms, in the order of `presentationForms`' arrays.
    enum Form: Int {
        case isolated, final, initial, medial
    }

    /// Which form ICU gave a stand-in.
    private static func form(of shaped: UInt16) -> Form {
        switch shaped {
        case 0xFE90, 0xFEAA: .final
        case 0xFE91: .initial
        case 0xFE92: .medial
        default: .isolated
        }
    }

    private static let lam: UInt16 = 0x0644
    private static let beh: UInt16 = 0x0628
    private static let dal: UInt16 = 0x062F

    /// Isolated and final lam-alef ligatures, by alef.
    private static let lamAlefLigatures: [UInt16: (isolated: UInt16, final: UInt16)] = [
        0x0622: (0xFEF5, 0xFEF6), 0x0623: (0xFEF7, 0xFEF8), 0x0625: (0xFEF9, 0xFEFA), 0x0627: (0xFEFB, 0xFEFC),
    ]

    /// The Arabic blocks whose letters have presentation forms.
    private static func isArabicLetterRange(_ unit: UInt16) -> Bool {
        (0x0620...0x06FF).contains(unit) || (0x0750...0x077F).contains(unit) || (0x08A0...0x08FF).contains(unit)
    }

    /// For each letter, its isolated, final, initial and medial presentation forms where Unicode
    /// has them: the presentation-form blocks read back through their compatibility decompositions.
    static let presentationForms: [UInt16: [UInt16?]] = {
        var table: [UInt16: [UInt16?]] = [:]
        for value in Array(UInt32(0xFB50)...0xFDFF) + Array(UInt32(0xFE70)...0xFEFF) {
            let kind = Int(azad_u_arabic_form(Int32(value)))
            guard kind > 0, let scalar = Unicode.Scalar(value) else { continue }
            let base = String(scalar).precomposedStringWithCompatibilityMapping.unicodeScalars
            guard base.count == 1, let letter = base.first, letter.value < 0x1_0000 else { continue }
            let key = UInt16(letter.value)
            var forms = table[key] ?? [nil, nil, nil, nil]
            // The first form listed wins (the Arabic block's before the Uighur additions).
            if forms[kind - 1] == nil { forms[kind - 1] = UInt16(value) }
            table[key] = forms
        }
        // U+0677's only form decomposes to two letters (U+06C7 U+0674), so it is not found above.
        table[0x0677] = [0xFBDD, nil, nil, nil]
        return table
    }()
}
