/// Converts between ASCII digits and the Persian (۰…۹) and Arabic-Indic (٠…٩) digits exports use.
public enum PersianDigits {
    /// The text with Persian and Arabic-Indic digits made ASCII; everything else unchanged.
    public static func ascii(_ text: some StringProtocol) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let value = asciiValue(scalar) {
                scalars.append(Unicode.Scalar(UInt8(ascii: "0") + UInt8(value)))
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// The text with ASCII digits made Persian (`۱۳۹۴`).
    public static func persian(_ text: some StringProtocol) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if ("0"..."9").contains(scalar) {
                scalars.append(Unicode.Scalar(0x06F0 + scalar.value - 0x30)!)
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// The value of an ASCII, Persian or Arabic-Indic digit.
    public static func asciiValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: return Int(scalar.value - 0x30)
        case 0x06F0...0x06F9: return Int(scalar.value - 0x06F0)
        case 0x0660...0x0669: return Int(scalar.value - 0x0660)
        default: return nil
        }
    }
}
