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
        /// The clean export's path below the folder.
        var clean: String
        var testDescription: String { damaged }

        init(name: String, damaged: String, clean: String? = nil) {
            self.name = name
            self.damaged = damaged
            self.clean = clean ?? "clean/\(name).txt"
        }

        /// `fa` or `ps` for a Persian or Pashto export, nil for the rest.
        var language: String? {
            if name.hasPrefix("fa-") || name.hasPrefix("persian-") { return "fa" }
            if name.hasPrefix("ps-") || name.hasPrefix("pashto-") { return "ps" }
            return nil
        }
    }

    /// Every damaged export with its clean one.
    static let pairs: [Pair] = names.flatMap { name in
        forms.map { Pair(name: name, damaged: $0.replacingOccurrences(of: "NAME", with: name)) }
    }

    /// The names of the exports in `folder` (`site-pdf`, `unseen`) beside which their outputs lie.
    static func names(in folder: String) -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: url(folder).path)) ?? []
        return files.filter { $0.hasSuffix(".txt") && !$0.hasSuffix(".extracted.txt") && !$0.hasSuffix(".layout.txt") }
            .map { String($0.dropLast(4)) }.sorted()
    }

    /// What `pdftotext` made of the PDF fixtures (`Fixtures/pdf/`), by default and with `-layout`,
    /// each with the export the PDF was made from.
    static let sitePairs: [Pair] = pairs(in: "site-pdf")

    /// What `pdftotext` made of articles no word list holds, set in Noto Naskh Arabic as the site's PDFs.
    static let unseenPairs: [Pair] = pairs(in: "unseen")

    private static func pairs(in folder: String) -> [Pair] {
        names(in: folder).flatMap { name in
            ["extracted", "layout"].map {
                Pair(name: name, damaged: "\(folder)/\(name).\($0).txt", clean: "\(folder)/\(name).txt")
            }
        }
    }

    static func url(_ path: String) -> URL { folder.appendingPathComponent(path) }

    static func text(_ path: String) throws -> String { try String(contentsOf: url(path), encoding: .utf8) }

    static func parse(_ path: String) throws -> Article { try ExportParser.parse(contentsOf: url(path)) }

    /// The package's `sample-feed/` folder.
    static let sampleFeed = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../sample-feed").standardizedFileURL
}
