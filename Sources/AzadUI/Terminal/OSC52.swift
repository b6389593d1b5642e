import Foundation

/// The OSC 52 escape sequence that asks the terminal to put text on the system clipboard.
///
/// Terminals that support it (xterm with `allowWindowOps`, kitty, Alacritty, WezTerm, foot, tmux with
/// `set-clipboard on`) copy the text; others ignore the sequence. Off unless the config sets `osc52 = true`.
public enum OSC52 {
    /// Most terminals drop a longer sequence whole (xterm's default limit is about 100 000 bytes).
    public static let maximumEncodedLength = 100_000

    /// `ESC ] 52 ; c ; <base64 of the UTF-8 text> BEL`, or nil when the text is too long to send.
    ///
    /// The text travels as base64, so nothing in it can act as a control sequence.
    public static func sequence(for text: String) -> String? {
        let encoded = Data(text.utf8).base64EncodedString()
        guard encoded.count <= maximumEncodedLength else { return nil }
        return "\u{1B}]52;c;\(encoded)\u{07}"
    }
}
