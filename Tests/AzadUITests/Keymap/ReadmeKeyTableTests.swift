import Foundation
import Testing

@testable import AzadUI

/// README's key table is generated from the operation table; this keeps the two in step
/// (`AZAD_RECORD_SNAPSHOTS=1` rewrites it).
@Suite struct ReadmeKeyTableTests {
    /// Tests/AzadUITests/Keymap/ is three folders below the package root.
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")
    static let begin = "<!-- key table: generated from Operation by ReadmeKeyTableTests -->\n"
    static let end = "<!-- end of key table -->"

    @Test func readmeHoldsTheGeneratedKeyTable() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let table = KeyTable.markdown()
        guard let start = text.range(of: Self.begin),
            let stop = text.range(of: Self.end, range: start.upperBound..<text.endIndex)
        else {
            Issue.record("README.md lacks the key table markers")
            return
        }
        let current = String(text[start.upperBound..<stop.lowerBound])
        if ProcessInfo.processInfo.environment["AZAD_RECORD_SNAPSHOTS"] == "1", current != table {
            try text.replacingCharacters(in: start.upperBound..<stop.lowerBound, with: table)
                .write(to: Self.readme, atomically: true, encoding: .utf8)
            // Recording is never a pass: this run compared nothing.
            Issue.record("rewrote README.md's key table: review the change, then run without AZAD_RECORD_SNAPSHOTS")
            return
        }
        #expect(current == table, "README.md's key table is stale: run the tests with AZAD_RECORD_SNAPSHOTS=1")
    }

    @Test func tableNamesEveryOperationAndKey() {
        let table = KeyTable.markdown()
        for operation in Operation.allCases {
            #expect(table.contains("`\(operation.rawValue)`"))
            // A `|` key is escaped, or GitHub's table would split its cell there.
            for key in operation.defaultKeys {
                #expect(table.contains("`\(key.description.replacingOccurrences(of: "|", with: "\\|"))`"))
            }
        }
    }
}
