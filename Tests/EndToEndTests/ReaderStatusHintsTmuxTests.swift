import Foundation
import Testing

/// The mirrored status line's key hints in tmux: each key, as typed, beside its word in FriBidi's
/// visual order, including keys the bidi algorithm would carry off or mirror among Persian words.
@Suite(.serialized) struct ReaderStatusHintsTmuxTests {
    @Test(
        "the list's keys stand beside their words",
        arguments: [
            ("fa", [("Enter", "باز"), ("/", "جستجو"), ("<", "ستاره"), ("?", "رهنما")]),
            ("ps", [("Enter", "پرانیستل"), ("/", "لټون"), ("<", "ستوری"), ("?", "مرسته")]),
        ])
    func keysBesideTheirWords(language: String, hints: [(String, String)]) throws {
        // Without the start's sync, no message takes the status line's place.
        let session = try ReaderLanguageTmuxTests.session(
            config: "[keys]\ntoggle-star = \"<\"\n", arguments: ["--ui-language", language, "--no-sync"])
        let expected = try hints.map { try ReaderLanguageTmuxTests.visual($0.1) + ":" + $0.0 }
        let screen = try session.waitFor("\(expected) on the status line") { screen in
            let status = ReaderLanguageTmuxTests.withoutJoiners(String(screen.split(separator: "\n").last ?? ""))
            return expected.allSatisfy { status.contains($0) }
        }
        let status = ReaderLanguageTmuxTests.withoutJoiners(String(screen.split(separator: "\n").last ?? ""))
        // In reading order from the right: each hint to the left of the one before it.
        let places = expected.compactMap { status.range(of: $0)?.lowerBound }
        #expect(places == places.sorted(by: >), "\(status)")
        #expect(!status.contains(">"), "“<” mirrored: \(status)")
        #expect(try session.quit() == 0)
    }
}
