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
    ///
    /// The masthead is left out on both sides: site chrome the parser drops, which a PDF repeats
    /// on every page and `pdftotext` writes with its half-lines in another order, where no letter
    /// of it lines up with the clean text's.
    static func measure(damaged: String, clean fullClean: String, vocabulary: RepairVocabulary) -> Tally {
        let chrome = masthead(of: fullClean)
        let isChrome = { (line: Substring) in chrome.contains(letterString(line)) }
        let clean = PageCleaner.lines(of: Substring(fullClean)).filter { !isChrome($0) }.joined(separator: "\n")
        let embedded = ExtractionRepair.logicalLines(damaged)?.text ?? damaged
        let logical = LamAlefLines.joined(PageCleaner.lines(of: Substring(embedded))).lines
            .filter { !isChrome(Substring($0)) }.joined(separator: "\n")
        let rejoiner = WordRejoiner(vocabulary: vocabulary, wholeWords: WordRejoiner.wholeWords(in: logical))
        // Which spaces the rejoiner removed, as the index of the letter after each.
        var removedBefore = Set<Int>()
        var lettersSoFar = 0
        // The word each removed space went into, by the same index.
        var madeWord: [Int: String] = [:]
        for line in PageCleaner.lines(of: Substring(logical)) {
            let removed = Set(rejoiner.rejoined(String(line)).removedSpaces)
            var word = String.UnicodeScalarView()
            var joinsInWord: [Int] = []
            let endWord = {
                for index in joinsInWord { madeWord[index] = String(word) }
                word = String.UnicodeScalarView()
                joinsInWord = []
            }
            for (offset, scalar) in line.unicodeScalars.enumerated() {
                if removed.contains(offset) {
                    removedBefore.insert(lettersSoFar)
                    joinsInWord.append(lettersSoFar)
                } else if WordRejoiner.isLetter(scalar) {
                    word.append(scalar)
                    lettersSoFar += 1
                } else if scalar != "\u{200C}" {
                    endWord()
                }
            }
            endWord()
        }
        let cleanWords = Set(WordRejoiner.words(in: clean).map { $0.replacingOccurrences(of: "\u{200C}", with: "") })
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
                // Text the extraction moved: the join is right when it made a word the clean text writes.
                guard removed else { continue }
                if cleanWords.contains(madeWord[index] ?? "") {
                    tally.truePositives += 1
                } else {
                    tally.falsePositives += 1
                }
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

    /// The Persian and Pashto fixtures: the hand-made exports' damaged forms (hemistichs swapped
    /// aside, which move words rather than split them), and `pdftotext`'s output of the PDF fixtures
    /// and of the unseen articles, both set in Noto Naskh Arabic.
    /// The letters of the clean export's masthead lines (through the section line), each line
    /// whole and each half-line.
    static func masthead(of clean: String) -> Set<String> {
        let lines = PageCleaner.lines(of: Substring(clean))
        guard let site = lines.prefix(12).firstIndex(where: { $0.contains("afgazad.com") }) else { return [] }
        var chrome = Set<String>()
        for line in lines[...min(site + 1, lines.count - 1)] {
            for part in [line] + line.split(separator: "\t") { chrome.insert(letterString(part)) }
        }
        chrome.remove("")
        return chrome
    }

    /// A line's letters alone, in order.
    static func letterString(_ line: Substring) -> String {
        String(String.UnicodeScalarView(line.unicodeScalars.filter(WordRejoiner.isLetter)))
    }

    static let measured =
        PdftotextFixture.pairs.filter { !$0.damaged.contains("swapped-hemistichs") }
        + (PdftotextFixture.sitePairs + PdftotextFixture.unseenPairs).filter { $0.language != nil }

    /// Whether `pair` is `pdftotext`'s output of a PDF set in Noto Naskh Arabic.
    static func isNaskh(_ pair: PdftotextFixture.Pair) -> Bool {
        pair.damaged.hasPrefix("site-pdf/") || pair.damaged.hasPrefix("unseen/")
    }

    @Test func rejoiningWithTheBuiltInWordList() throws {
        var tally = Tally()
        var naskh = Tally()
        for pair in Self.measured {
            let language = try #require(pair.language)
            let one = Self.measure(
                damaged: try PdftotextFixture.text(pair.damaged), clean: try PdftotextFixture.text(pair.clean),
                vocabulary: try #require(RepairVocabulary.builtIn(for: language)))
            tally += one
            if Self.isNaskh(pair) { naskh += one }
        }
        print("rejoining, built-in word list, \(Self.measured.count) fixtures: \(tally)")
        print("rejoining, built-in word list, Noto Naskh pdftotext output only: \(naskh)")
        #expect(Self.measured.count >= 26)
        #expect(naskh.truePositives + naskh.falseNegatives > 100)
        #expect(tally.truePositives + tally.falseNegatives > 100)
        #expect(tally.precision >= 0.99)
        #expect(tally.recall >= 0.5)
    }

    /// The texts the word list is made from (`scripts/make-pdftotext-fixtures`) in `language`, all
    /// but the export `clean` (a path below the fixture folder).
    static func wordListTexts(_ language: String, leavingOut clean: String) throws -> [String] {
        let prefixes = language == "ps" ? ["ps-", "pashto-"] : ["fa-", "persian-"]
        let fromLanguage = { (name: String) in prefixes.contains { name.hasPrefix($0) } }
        let exports =
            PdftotextFixture.names.filter(fromLanguage).map { "clean/\($0).txt" }
            + PdftotextFixture.names(in: "site-pdf").filter(fromLanguage).map { "site-pdf/\($0).txt" }
        let feed = try FileManager.default.contentsOfDirectory(atPath: PdftotextFixture.sampleFeed.path)
        let samples = try feed.filter { $0.contains("-\(language)-") }.map {
            try ExportParser.parse(contentsOf: PdftotextFixture.sampleFeed.appendingPathComponent($0))
        }.map { ([$0.title] + $0.blocks.map(\.text)).joined(separator: "\n") }
        return try exports.filter { $0 != clean }.map { try PdftotextFixture.text($0) } + samples
    }

    /// The word list without the article measured: words it alone holds are unknown, as in an
    /// archive's article the list never saw.
    @Test func rejoiningWithTheArticleLeftOutOfTheWordList() throws {
        var tally = Tally()
        var naskh = Tally()
        for pair in Self.measured {
            let language = try #require(pair.language)
            let one = Self.measure(
                damaged: try PdftotextFixture.text(pair.damaged), clean: try PdftotextFixture.text(pair.clean),
                vocabulary: RepairVocabulary(texts: try Self.wordListTexts(language, leavingOut: pair.clean)))
            tally += one
            if Self.isNaskh(pair) { naskh += one }
        }
        print("rejoining, word list without the article, \(Self.measured.count) fixtures: \(tally)")
        print("rejoining, word list without the article, Noto Naskh pdftotext output only: \(naskh)")
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
