/// The language the interface speaks, as the configuration and `--ui-language` choose it: `auto`
/// follows the locale variables.
public enum UILanguage: String, Sendable, Hashable, CaseIterable, Codable {
    case auto
    case en
    case fa
    case ps

    /// The language `auto` comes to under `environment`: the first of `LC_ALL`, `LC_MESSAGES` and
    /// `LANG` that is set names it (POSIX's order), whether or not that locale is installed.
    ///
    /// `fa_AF`, `fa_IR` and `prs` (Dari's own code) are Persian; `ps_AF`, `ps`, `pbu` and `pst` are
    /// Pashto; anything else, and nothing set, is English.
    public static func fromLocale(environment: [String: String]) -> UILanguage {
        let name = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        guard let name else { return .en }
        // `ll_CC.codeset@modifier`: the language is what comes before the first `_`, `.`, `@` or `-`.
        let language = name.prefix { !"_.@-".contains($0) }.lowercased()
        switch language {
        case "fa", "prs", "per", "fas": return .fa
        case "ps", "pbu", "pst", "pus": return .ps
        default: return .en
        }
    }

    /// This choice made definite: `auto` read from `environment`.
    public func resolved(environment: [String: String]) -> UILanguage {
        self == .auto ? UILanguage.fromLocale(environment: environment) : self
    }

    /// Written right to left (for the mirrored layout).
    public var isRightToLeft: Bool { self == .fa || self == .ps }
}
