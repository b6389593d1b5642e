import Foundation

extension ThemeCatalog {
    /// The theme called `name`, ready for a terminal with `terminalColors` colours (0 without
    /// colour): loaded (falling back to `default`, then the built-in theme, when it is missing or
    /// broken) and adapted to the colour depth the terminal, `NO_COLOR` and the configuration's `colors`
    /// allow.
    ///
    /// `error` says why the theme asked for is not the one returned, for the status line.
    public func theme(
        named name: String, terminalColors: Int,
        environment: [String: String] = ProcessInfo.processInfo.environment, requested: ColorDepth? = nil
    ) -> (theme: Theme, depth: ColorDepth, error: ConfigError?) {
        let (theme, error) = loadOrFallback(named: name)
        let depth = ColorDepth.detect(terminalColors: terminalColors, environment: environment, requested: requested)
        return (theme.adapted(to: depth), depth, error)
    }
}
