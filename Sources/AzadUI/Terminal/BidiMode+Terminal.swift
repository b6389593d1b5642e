import AzadCore

/// The terminal-wg BiDi recommendation's mode switch (BDSM, mode 8 of ECMA-48).
///
/// In `.visual` mode azad sends lines already in visual order, so a terminal that implements the
/// recommendation (VTE, WezTerm, mintty) must not reorder them again: the reader switches it to
/// explicit mode (`CSI 8 l`) at start and restores implicit mode (`CSI 8 h`, the default) at exit.
/// Terminals that do not know the mode ignore both.
extension BidiMode {
    /// `CSI 8 l`: explicit mode, the terminal leaves the order of cells alone.
    public static let explicitModeSequence = "\u{1B}[8l"
    /// `CSI 8 h`: implicit mode, the terminal runs the bidi algorithm itself (its default).
    public static let implicitModeSequence = "\u{1B}[8h"

    /// What to send when the reader takes over the terminal.
    public var startSequence: String? { self == .visual ? Self.explicitModeSequence : nil }
    /// What to send when the reader gives the terminal back.
    public var exitSequence: String? { self == .visual ? Self.implicitModeSequence : nil }
}
