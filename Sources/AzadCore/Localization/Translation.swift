import Foundation

/// What the interface says in the language it speaks: English messages (the catalogs' `msgid`s)
/// looked up in that language's compiled catalog, with `{name}` placeholders filled and numbers
/// written in the language's digits.
///
/// English, and any message a catalog lacks, is the message itself, so a missing catalog leaves
/// the interface in English rather than blank.
public struct Translation: Sendable, Hashable {
    /// The language spoken: `en`, `fa` or `ps` (never `auto`).
    public let language: UILanguage
    public let digits: UIDigits
    let catalog: MessageCatalog?

    /// The interface as written: English, Latin digits.
    public static let english = Translation(language: .en, digits: .latin, catalog: nil)

    init(language: UILanguage, digits: UIDigits, catalog: MessageCatalog?) {
        self.language = language
        self.digits = digits
        self.catalog = catalog
    }

    /// The interface in `language` (`auto` read from `environment`), its catalog read from the
    /// first of `catalogFolders(environment:)` that holds `LANGUAGE.mo`.
    public static func load(
        _ language: UILanguage, digits: UIDigits = .native,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Translation {
        let language = language.resolved(environment: environment)
        guard language != .en else { return .english }
        let catalog = catalogFolders(environment: environment).lazy.compactMap { folder in
            (try? Data(contentsOf: folder.appendingPathComponent("\(language.rawValue).mo"))).flatMap(
                MessageCatalog.init)
        }.first
        return Translation(language: language, digits: digits, catalog: catalog)
    }

    /// Where compiled catalogs are looked for, in order: `AZAD_LOCALE_DIR`; the resource folder
    /// SwiftPM writes beside the binary it builds (`azad_AzadCore.resources`, where the
    /// `CompileCatalogs` plugin's `msgfmt` output lands); `locale/` in the installed share folder.
    public static func catalogFolders(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executable: URL? = Bundle.main.executableURL
    ) -> [URL] {
        var folders: [URL] = []
        if let override = environment["AZAD_LOCALE_DIR"], !override.isEmpty {
            folders.append(URL(fileURLWithPath: override, isDirectory: true))
        }
        if let executable {
            let beside = executable.resolvingSymlinksInPath().deletingLastPathComponent()
            folders.append(beside.appendingPathComponent("azad_AzadCore.resources", isDirectory: true))
        }
        if let root = BundledResources.root(environment: environment, executable: executable) {
            folders.append(root.appendingPathComponent("locale", isDirectory: true))
        }
        return folders
    }

    /// `message` unchanged: marks an English message kept in a table and translated where it is
    /// shown (`tr(message)`), so that `scripts/i18n` extracts it into the catalogs.
    public static func noop(_ message: String) -> String { message }

    /// Whether a catalog was found: false means English is shown for a language asked for.
    public var hasCatalog: Bool { catalog != nil }

    /// `message` in this language, `{name}` placeholders replaced by `values` (whole numbers in
    /// this language's digits).
    public func tr(_ message: String, _ values: KeyValuePairs<String, any Sendable> = [:]) -> String {
        fill(catalog?.translation(of: message) ?? message, values)
    }

    /// `message` in this language with `values` filled in: for a message kept with its values
    /// (an error built in one place and shown in another), marked with `Translation.noop` where
    /// it is written.
    public func tr(_ message: String, values: [String: String]) -> String {
        var text = catalog?.translation(of: message) ?? message
        for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }

    /// The form of a message for `count` things (`{count}` is filled with it): `singular` and
    /// `plural` are English's two forms; the catalog's rule picks among the language's.
    public func trn(
        _ singular: String, _ plural: String, count: Int, _ values: KeyValuePairs<String, any Sendable> = [:]
    ) -> String {
        let form =
            catalog?.translation(singular: singular, plural: plural, count: count)
            ?? (count == 1 ? singular : plural)
        return fill(form, values).replacingOccurrences(of: "{count}", with: number(count))
    }

    /// `value` in this language's digits.
    public func number(_ value: Int) -> String { localDigits(String(value)) }

    /// `text` with its ASCII digits written in this language's digits (Persian `۰`–`۹` for Dari
    /// and Pashto unless Latin digits are asked for).
    public func localDigits(_ text: String) -> String {
        guard digits == .native, language == .fa || language == .ps else { return text }
        return String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { scalar in
                    ("0"..."9").contains(scalar) ? Unicode.Scalar(scalar.value - 0x30 + 0x06F0)! : scalar
                }))
    }

    private func fill(_ text: String, _ values: KeyValuePairs<String, any Sendable>) -> String {
        guard !values.isEmpty else { return text }
        var text = text
        for (name, value) in values {
            let shown = (value as? Int).map(number) ?? String(describing: value)
            text = text.replacingOccurrences(of: "{\(name)}", with: shown)
        }
        return text
    }

    public static func == (lhs: Translation, rhs: Translation) -> Bool {
        // One language's catalog is the same file for the whole run.
        lhs.language == rhs.language && lhs.digits == rhs.digits && lhs.hasCatalog == rhs.hasCatalog
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(language)
        hasher.combine(digits)
    }
}

extension Translation: CustomStringConvertible {
    /// `fa, native digits`: the catalog's hundreds of messages are not worth printing.
    public var description: String {
        "\(language.rawValue), \(digits.rawValue) digits" + (hasCatalog || language == .en ? "" : ", no catalog")
    }
}
