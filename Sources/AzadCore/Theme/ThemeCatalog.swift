import Foundation

/// The themes azad can find by name: the bundled `themes/` and the user's own folder.
///
/// A user theme with a bundled theme's name replaces it.
public struct ThemeCatalog: Sendable, Hashable {
    /// Where a theme file lives.
    public enum Origin: String, Sendable, Hashable {
        case bundled, user
    }

    /// One theme the catalogue knows.
    public struct Entry: Sendable, Hashable {
        public var name: String
        public var file: URL
        public var origin: Origin
        /// A user theme that takes the place of a bundled one with the same name.
        public var replacesBundled: Bool
    }

    public var bundledDirectory: URL?
    public var userDirectory: URL?

    public init(bundledDirectory: URL? = BundledResources.themes, userDirectory: URL? = Paths().userThemesDirectory) {
        self.bundledDirectory = bundledDirectory
        self.userDirectory = userDirectory
    }

    /// A name a theme file can have: letters, digits, `-`, `_` and the zero-width (non-)joiner Persian
    /// words need — nothing that could lead out of the themes folder.
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 64
            && name.unicodeScalars.allSatisfy {
                $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "-" || $0 == "_"
                    || $0 == "\u{200C}" || $0 == "\u{200D}" || $0.properties.generalCategory == .nonspacingMark
            }
    }

    /// Every theme by name, user themes in place of bundled ones of the same name.
    public func entries() -> [Entry] {
        var byName: [String: Entry] = [:]
        for (origin, folder) in [(Origin.bundled, bundledDirectory), (.user, userDirectory)] {
            guard let folder,
                let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
            else { continue }
            for file in files where file.hasSuffix(".toml") {
                let name = String(file.dropLast(5))
                guard ThemeCatalog.isValidName(name) else { continue }
                byName[name] = Entry(
                    name: name, file: folder.appendingPathComponent(file), origin: origin,
                    replacesBundled: origin == .user && byName[name]?.origin == .bundled)
            }
        }
        return byName.values.sorted { $0.name < $1.name }
    }

    /// The file of the theme called `name`, the user's first.
    public func file(named name: String) -> URL? {
        guard ThemeCatalog.isValidName(name) else { return nil }
        for folder in [userDirectory, bundledDirectory].compactMap({ $0 }) {
            let file = folder.appendingPathComponent("\(name).toml")
            if FileManager.default.fileExists(atPath: file.path) { return file }
        }
        return nil
    }

    /// The theme called `name`, its `inherits` chain resolved.
    ///
    /// Elements a theme leaves out come from the theme it `inherits`, or from `default`; `default` itself
    /// falls back to `Theme.fallback`.
    public func load(named name: String) throws(ConfigError) -> Theme {
        try load(named: name, seen: [])
    }

    /// The theme called `name`, or — when it is missing or broken — `default`, or the built-in fallback;
    /// with the error that made it fall back, for the status line.
    public func loadOrFallback(named name: String) -> (theme: Theme, error: ConfigError?) {
        do {
            return (try load(named: name), nil)
        } catch {
            if name != "default", let theme = try? load(named: "default") { return (theme, error) }
            return (Theme.fallback, error)
        }
    }

    private func load(named name: String, seen: [String]) throws(ConfigError) -> Theme {
        guard let file = file(named: name) else {
            let place = userDirectory?.appendingPathComponent("\(name).toml").path ?? "\(name).toml"
            let known = entries().map(\.name).joined(separator: ", ")
            throw ConfigError(
                file: place, line: nil, key: nil,
                template: Translation.noop("no theme named “{name}” (known: {known})"),
                values: ["name": name, "known": known])
        }
        let (theme, inherits) = try Theme.parse(try readSettingsFile(file), name: name, file: file.path)
        let parentName = inherits ?? (name == "default" ? nil : "default")
        var base = Theme.fallback
        if let parentName {
            guard !seen.contains(parentName), parentName != name else {
                throw ConfigError(
                    file: file.path,
                    line: ConfigSource(file: file.path, map: TOMLSourceMap(try readSettingsFile(file))).line(of: [
                        "inherits"
                    ]),
                    key: "inherits",
                    template: Translation.noop("themes inherit in a circle: {names}"),
                    values: ["names": (seen + [name, parentName]).joined(separator: " → ")])
            }
            do {
                base = try load(named: parentName, seen: seen + [name])
            } catch {
                // A user theme must not break because `default` is missing from an odd install.
                if inherits != nil { throw error }
            }
        }
        var result = theme
        for element in ThemeElement.allCases where result.styles[element] == nil {
            result.styles[element] = base.styles[element] ?? base.style(.normal)
        }
        return result
    }
}
