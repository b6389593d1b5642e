/// Which theme shows: the command line's (`--theme`) over the one last chosen with `t` over the
/// configuration's. Only a theme chosen with `t` is remembered, so a `--theme` for one run or a
/// change to the configuration takes effect next time.
public struct ThemeChoice: Sendable, Hashable {
    /// The command line's theme: nothing remembered overrides it.
    public var explicit: String?
    /// The theme last chosen with `t`, the one remembered between runs.
    public var remembered: String?

    public init() {}

    /// Takes the theme remembered from the last run if `themes` still has it; returns the theme to
    /// show when no `--theme` overrides it.
    public mutating func restore(_ theme: String?, themes: [String]) -> String? {
        guard let theme, themes.contains(theme) else { return nil }
        remembered = theme
        return explicit == nil ? theme : nil
    }

    /// The theme after `current` in `themes` (`t`), remembered from now on.
    public mutating func next(after current: String, in themes: [String]) -> String {
        let index = themes.firstIndex(of: current) ?? -1
        let next = themes[(index + 1) % themes.count]
        remembered = next
        return next
    }
}
