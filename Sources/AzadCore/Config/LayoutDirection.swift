/// Which edge the reader's screen is laid out from (`layout_direction`): `auto` follows the
/// interface language, `ltr` and `rtl` choose.
///
/// A right-to-left layout mirrors the screen: the list on the right of the divider, its rows read
/// from the right, the status line and help laid out from the right. Article text keeps its own
/// direction either way.
public enum LayoutDirection: String, Sendable, Hashable, CaseIterable, Codable {
    case auto
    case ltr
    case rtl

    /// The direction the screen is laid out in; `auto` is right to left exactly when the interface
    /// language is written right to left.
    public func resolved(interfaceIsRightToLeft: Bool = false) -> ParagraphDirection {
        switch self {
        case .auto: interfaceIsRightToLeft ? .rightToLeft : .leftToRight
        case .ltr: .leftToRight
        case .rtl: .rightToLeft
        }
    }
}
