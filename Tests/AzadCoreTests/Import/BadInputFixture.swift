import Foundation

/// The files under `Fixtures/bad-input/`, one per hostile or broken input, named after it.
enum BadInputFixture {
    /// The folder of bad-input fixtures in the test bundle.
    static let folder: URL = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        .appendingPathComponent("bad-input", isDirectory: true)

    /// The fixture called `name`.
    static func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    /// The bytes of the fixture called `name`.
    static func data(_ name: String) throws -> Data { try Data(contentsOf: url(name)) }

    /// Every fixture's file name, so a new one cannot go untested.
    static var all: [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()) ?? []
    }
}
