import Foundation

/// Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF), as PDF-to-text converters write
/// them, back to the plain letters they show: the display shapes letters again, and search,
/// quotes and copies need the letters themselves.
enum PresentationForms {
    /// `text` with every presentation form replaced by its compatibility decomposition, and how
    /// many were replaced. An isolated haraka (`ـً` written as U+FE70) loses the space its
    /// decomposition opens with, so that it stays on its letter.
    static func normalised(_ text: String) -> (text: String, count: Int) {
        // Both blocks encode as UTF-8 sequences that open with 0xEF: most texts hold none.
        guard text.utf8.contains(0xEF), text.unicodeScalars.contains(where: isPresentationForm) else {
            return (text, 0)
        }
        var count = 0
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isPresentationForm(scalar) else {
                scalars.append(scalar)
                continue
            }
            let plain = String(scalar).precomposedStringWithCompatibilityMapping.unicodeScalars
            guard !plain.elementsEqual(CollectionOfOne(scalar)) else {
                scalars.append(scalar)
                continue
            }
            count += 1
            scalars.append(contentsOf: plain.first == " " && plain.count > 1 ? plain.dropFirst() : plain[...])
        }
        return (String(scalars), count)
    }

    /// A scalar in either block of presentation forms, bar the byte order mark that ends the second.
    static func isPresentationForm(_ scalar: Unicode.Scalar) -> Bool {
        (0xFB50...0xFDFF).contains(scalar.value) || (0xFE70...0xFEFE).contains(scalar.value)
    }
}
