import Foundation
import Testing

@testable import AzadCore

/// How well rejoining does on the fixtures whose clean text is known: precision (of the spaces it
/// removed, how many were inside a word) and recall (of the spaces inside a word, how many it removed).
@Suite struct RejoinMeasureTests {
    /// Spaces between two letters, counted against the clean text.
    struct Tally: CustomStringConvertible {
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0
        var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives)) }
        var recall: Double { Double(truePositives) / Double(max(1, truePositives + falseNegatives)) }
        var description: String {
            let percent = { (value: Double) in String(format: "%.1f %%", value * 100) }
            return
                "precision \(percent(precision)) (\(truePositives) of \(truePositives + falsePositives) joins right), "
                + "recall \(percent(recall)) (\(truePositives) of \(truePositives + falseNegatives) split words)"
        }

        static func += (tally: inout Tally, other: Tally) {
            tally.truePositives += other.truePositives
            tally.falsePositives += other.falsePositives
            tally.falseNegatives += other.falseNegatives
        }
    }

    /// The letters of a text, each with whether a word boundary (anything but a ZWNJ) or a lone run
    /// of spaces comes before it.
    struct Letter {
        var scalar: Unicode.Scalar
        var boundaryBefore: Bool
        var spacesBefore: Bool
    }

    static func letters(_ text: String) -> [Letter] {
        var letters: [Letter] = []
        var between: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars {
            guard WordRejoiner.isLetter(scalar) else {
                if scalar != "\u{200C}" { between.append(scalar) }
                continue
            }
            letters.append(
                Letter(
                    scalar: scalar, boundaryBefore: !between.isEmpty,
                    spacesBefore: !between.isEmpty && between.allSatisfy { $0 == " " }))
            between.removeAll()
        }
        return letters
    }

    /// Rejoins the damaged text's lines as the repair does and counts each space between two
    /// letters against the clean text, where the two letters line up with two adjacent clean ones.
    static func measure(damaged: String, clean: String, vocabulary: RepairVocabulary) -> Tally {
        let logical = ExtractionRepair.logicalLines(damaged)?.text ?? damaged
        let rejoiner = WordRejoiner(vocabulary: vocabulary, wholeWords: WordRejoiner.wholeWords(in: logical))
        // Which spaces the rejoiner removed, as the index of the letter after each.
        var removedBefore = Set<Int>()
        var lettersSoFar = 0
        for line in PageCleaner.lines(of: Substring(logical)) {
            let removed = Set(rejoiner.rejoined(String(line)).removedSpaces)
            for (offset, scalar) in line.unicodeScalars.enumerated() {
                if removed.contains(offset) { removedBefore.insert(lettersSoFar) }
                if WordRejoiner.isLetter(scalar) { lettersSoFar += 1 }
            }
        }
        let damagedLetters = letters(logical)
        let cleanLetters = letters(clean)
        // Line the letter sequences up: pieces the extraction moved or changed drop out.
        let difference = cleanLetters.map(\.scalar).difference(from: damagedLetters.map(\.scalar))
        let removals = Set(difference.removals.map { if case .remove(let offset, _, _) = $0 { offset } else { -1 } })
        let insertions = Set(
            difference.insertions.map { if case .insert(let offset, _, _) = $0 { offset } else { -1 } })
        var cleanIndex = 0
        var mapped: [Int?] = []
        for index in damagedLetters.indices {
            while insertions.contains(cleanIndex) { cleanIndex += 1 }
            if removals.contains(index) {
                mapped.append(nil)
            } else {
                mapped.append(cleanIndex)
                cleanIndex += 1
            }
        }
        var tally = Tally()
        for index in damagedLetters.indices.dropFirst() where damagedLetters[index].spacesBefore {
            let removed = removedBefore.contains(index)
            guard let here = mapped[index], let before = mapped[index - 1], here == before + 1 else {
                if removed { tally.falsePositives += 1 }
                continue
            }
            let split = !cleanLetters[here].boundaryBefore
            switch (split, removed) {
            case (true, true): tally.truePositives += 1
            case (false, true): tally.falsePositives += 1
            case (true, false): tally.falseNegatives += 1
            case (false, false): break
            }
        }
        return tally
    }

    static let measured = PdftotextFixture.pairs.filter { !$0.damaged.contains("swapped-hemistichs") }

    @Test func rejoiningWithTheBuiltInWordList() throws {
        var tally = Tally()
        for pair in Self.measured {
            let language = pair.name.hasPrefix("ps-") ? "ps" : "fa"
            tally += Self.measure(
                damaged: try PdftotextFixture.text(pair.damaged), clean: try PdftotextFixture.text(pair.clean),
                vocabulary: try #require(RepairVocabulary.builtIn(for: language)))
        }
        print("rejoining, built-in word list, \(Self.measured.count) fixtures: \(tally)")
        #expect(tally.truePositives + tally.falseNegatives > 100)
        #expect(tally.precision >= 0.99)
        #expect(tally.recall >= 0.5)
    }

    /// The word list without the article measured: words it alone holds are unknown, as in an
    /// archive's article the list never saw.
    @Test func rejoiningWithTheArticleLeftOutOfTheWordList() throws {
        let feed = try FileManager.default.contentsOfDirectory(atPath: PdftotextFixture.sampleFeed.path)
        var tally = Tally()
        for pair in Self.measured {
            let language = pair.name.hasPrefix("ps-") ? "ps" : "fa"
            let others = try PdftotextFixture.names.filter { $0 != pair.name && $0.hasPrefix(language) }
                .map { try PdftotextFixture.text("clean/\($0).txt") }
            let samples = try feed.filter { $0.contains("-\(language)-") }.map {
                try ExportParser.parse(contentsOf: PdftotextFixture.sampleFeed.appendingPathComponent($0))
            }.map { ([$0.title] + $0.blocks.map(\.text)).joined(separator: "\n") }
            tally += Self.measure(
                damaged: try PdftotextFixture.text(pair.damaged), clean: try PdftotextFixture.text(pair.clean),
                vocabulary: RepairVocabulary(texts: others + samples))
        }
        print("rejoining, word list without the article, \(Self.measured.count) fixtures: \(tally)")
        #expect(tally.precision >= 0.99)
    }

    @Test func measureCountsJoinsAgainstTheCleanText() {
        let vocabulary = RepairVocabulary(words: ["کتاب", "سیاسی", "گرو"])
        let tally = Self.measure(damaged: "کتاب سیاس ی گر و ب", clean: "کتاب سیاسی گرو ب", vocabulary: vocabulary)
        #expect((tally.truePositives, tally.falsePositives, tally.falseNegatives) == (2, 0, 0))
        let wrong = Self.measure(damaged: "کت اب", clean: "کت اب", vocabulary: RepairVocabulary(words: ["کتاب"]))
        #expect((wrong.truePositives, wrong.falsePositives, wrong.falseNegatives) == (0, 1, 0))
    }
}
