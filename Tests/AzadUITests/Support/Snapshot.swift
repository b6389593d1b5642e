import Foundation
import Testing

@testable import AzadUI

/// Compares a rendered screen with a text file under `Snapshots/`; `AZAD_RECORD_SNAPSHOTS=1` rewrites
/// the file instead.
enum Snapshot {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots", isDirectory: true)

    /// The grid as a snapshot: a frame line marks the width, so trailing blanks still count.
    static func text(of grid: Grid) -> String {
        let rule = "+" + String(repeating: "-", count: grid.width) + "+"
        return ([rule] + grid.lines.map { "|" + $0 } + [rule]).joined(separator: "\n") + "\n"
    }

    static func check(_ grid: Grid, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = folder.appendingPathComponent(name + ".txt")
        let actual = text(of: grid)
        if ProcessInfo.processInfo.environment["AZAD_RECORD_SNAPSHOTS"] == "1" {
            // Recording is never a pass: the run that rewrites a snapshot checked nothing against it.
            let previous = try? String(contentsOf: file, encoding: .utf8)
            if previous != actual {
                do {
                    try actual.write(to: file, atomically: true, encoding: .utf8)
                    Issue.record(
                        "recorded \(name).txt: review the change, then run without AZAD_RECORD_SNAPSHOTS",
                        sourceLocation: sourceLocation)
                } catch {
                    Issue.record("could not record \(name).txt: \(error)", sourceLocation: sourceLocation)
                }
                return
            }
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record(
                "no snapshot \(name).txt: run with AZAD_RECORD_SNAPSHOTS=1 to record it", sourceLocation: sourceLocation
            )
            return
        }
        #expect(actual == expected, "screen differs from \(name).txt", sourceLocation: sourceLocation)
    }
}
