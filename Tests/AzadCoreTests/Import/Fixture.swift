import Foundation

@testable import AzadCore

/// The test fixtures in `Fixtures/`, each named after the edge case it holds.
enum Fixture {
    static func url(_ name: String) -> URL {
        Bundle.module.resourceURL!.appendingPathComponent("Fixtures").appendingPathComponent(name)
    }

    static func data(_ name: String) throws -> Data { try Data(contentsOf: url(name)) }

    static func article(_ name: String) throws -> Article { try ExportParser.parse(contentsOf: url(name)) }

    /// The masthead as the reference export writes it, followed by `section`.
    static func masthead(_ section: String = "European Languages\tزبان های اروپائی") -> String {
        """
        افغانستان آزاد ــ آزاد افغانستان

        AA-AA

        همه سر به سر تن به کشتن دهیم از آن به که کشور به دشمن دهیم

        چو کشور نباشد تن من مباد بدین بوم وبر زنده یک تن مباد

        www.afgazad.com\tafgazad@gmail.com
        \(section)
        """
    }

    /// Every piece of masthead text: none of it may reach an article's blocks.
    static let mastheadWords = ["افغانستان آزاد", "AA-AA", "کشور به دشمن", "بوم وبر", "afgazad", "زبان های اروپائی"]
}
