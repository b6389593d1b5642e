import ArgumentParser
import AzadCore
import Foundation

/// `--bidi`: how a command prints right-to-left text.
enum BidiChoice: String, CaseIterable, ExpressibleByArgument {
    /// azad shapes and reorders, for terminals that do neither.
    case visual
    /// Logical order, for a pipe or a terminal with its own bidi.
    case logical
    /// `logical` by the configuration's name for it.
    case terminal
    /// Visual when stdout is a terminal and the configuration's mode is visual; logical otherwise.
    case auto

    /// The mode this choice comes to for output to stdout under `config`; `json` output is logical.
    func mode(config: Config, json: Bool = false) -> BidiMode {
        switch self {
        case .visual: return json ? .terminal : .visual
        case .logical, .terminal: return .terminal
        case .auto:
            return !json && isatty(STDOUT_FILENO) == 1 && config.bidi == .visual ? .visual : .terminal
        }
    }

    static let help = Translation.noop(
        """
        How right-to-left text is printed: visual (azad reorders and shapes, for terminals that do \
        neither), logical (or terminal: logical order, for pipes and terminals with their own bidi) or \
        auto (visual on a terminal when the configured mode is visual, else logical).
        """)
}
