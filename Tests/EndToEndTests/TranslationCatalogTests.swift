import Foundation
import Testing

/// `scripts/i18n --check`: the template is the sources' messages and both catalogs translate every
/// one; a catalog with a message missing fails it.
@Suite struct TranslationCatalogTests {
    static let script = AzadProcess.packageRoot.appendingPathComponent("scripts/i18n").path

    @Test func theCatalogsAreComplete() throws {
        let result = try QuoteCommandTests.runCommand(
            ["/usr/bin/env", "python3", Self.script, "--check"], environment: [:])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasSuffix("messages, every one translated in 2 catalog(s)\n"))
    }

    /// A copy of the checkout's sources, themes and catalogs with one Pashto translation emptied.
    @Test func aMissingTranslationFailsTheCheck() throws {
        let scratch = ScratchFolder()
        let root = scratch.url
        for folder in ["Sources", "themes", "po", "scripts"] {
            try FileManager.default.copyItem(
                at: AzadProcess.packageRoot.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        let pashto = root.appendingPathComponent("po/ps.po")
        let text = try String(contentsOf: pashto, encoding: .utf8)
        let emptied = text.replacingOccurrences(of: "msgstr \"د مقالو لټون\"", with: "msgstr \"\"")
        #expect(emptied != text)
        try Data(emptied.utf8).write(to: pashto)
        let result = try QuoteCommandTests.runCommand(
            ["/usr/bin/env", "python3", root.appendingPathComponent("scripts/i18n").path, "--check"], environment: [:])
        #expect(result.status == 1)
        #expect(result.stderr.contains("ps.po"))
        #expect(result.stderr.contains("untranslated: 'Search articles'"))
    }
}
