import Foundation
import Testing

@testable import AzadCore

/// The exports in `Fixtures/pdftotext/`, made by `scripts/make-pdftotext-fixtures`: each clean
/// export beside what `pdftotext` and the hand-made variants made of it.
enum PdftotextFixture {
    /// The fixture folder in the test bundle.
    static let folder: URL = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
        .appendingPathComponent("pdftotext", isDirectory: true)

    /// The forms each clean export is damaged into, as paths below the folder with `NAME` for its name.
    static let forms = [
        "extracted/NAME.txt", "layout/NAME.txt", "variants/NAME.embedding-controls.txt",
        "variants/NAME.split-words.txt", "variants/NAME.lost-zwnj.txt", "variants/NAME.swapped-hemistichs.txt",
    ]

    /// The clean exports' names (`fa-water-in-herat`).
    static let names: [String] = {
        let clean = folder.appendingPathComponent("clean")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: clean.path)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }()

    /// One damaged export and the clean one it came from.
    struct Pair: Sendable, CustomTestStringConvertible {
        var name: String
        var damaged: String
        var testDescription: String { damaged }
        /// The clean export's path below the folder.
        var clean: String { "clean/\(name).txt" }
    }

    /// Every damaged export with its clean one.
    static let pairs: [Pair] = names.flatMap { name in
        forms.map { Pair(name: name, damaged: $0.replacingOccurrences(of: "NAME", with: name)) }
    }

    static func url(_ path: String) -> URL { folder.appendingPathComponent(path) }

    static func text(_ path: String) throws -> String { try String(contentsOf: url(path), encoding: .utf8) }

    static func parse(_ path: String) throws -> Article { try ExportParser.parse(contentsOf: url(path)) }

    /// The package's `sample-feed/` folder.
    static let sampleFeed = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../sample-feed").standardizedFileURL
}
