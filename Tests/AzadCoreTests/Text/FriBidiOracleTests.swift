import CICU
import Foundation
import Testing

@testable import AzadCore

/// azad's visual lines against GNU FriBidi's, for the same logical text.
@Suite struct FriBidiOracleTests {
    /// Persian and Pashto lines with what trips a bidi implementation: numbers in both digit sets,
    /// Latin words and acronyms, brackets and quotes, punctuation at the ends, harakat, ZWNJ,
    /// lam-alef in its forms, tatweel, e-mail addresses and times.
    static let mixedLines: [String] = [
        "امروز ۱۵ حوت ۱۴۰۲ است.",
        "کابل (پایتخت افغانستان) شهری کهن است.",
        "او گفت: «ما به صلح نیاز داریم».",
        "قیمت نان 25 افغانی شد، یعنی ۵٪ بیشتر از پارسال.",
        "نشست سازمان ملل (UN) در New York برگزار شد.",
        "نسخهٔ 2.5 این برنامه [آزمایشی] است!",
        "می‌خواهم کتاب‌ها را امشب بخوانم؟",
        "بِسْمِ اللّٰهِ الرَّحْمٰنِ الرَّحِیْمِ",
        "لا اله الا الله",
        "سلاح‌های سبک و سنگین در بازار فروخته می‌شوند",
        "برای تماس: info@example.org را ببینید",
        "نمره‌ها: 10/20، 15/20 و 18/20",
        "از سال 1979 تا 1989 (ده سال) جنگ ادامه داشت",
        "ساعت 10:30 صبح جلسه آغاز می‌شود",
        "{کلید} و <برچسب> و [فهرست]",
        "Google و Microsoft دو شرکت بزرگ‌اند",
        "۱۲۳ - ۴۵۶ = -۳۳۳",
        "ــ آزاد ــ",
        "لأن إلى آلام لإ",
        "آب، آتش، خاک و باد",
        "عددهای عربی ٢٠١٦ و ١٣٩٤ هم هستند",
        "لَا و لاً با حرکت",
        "پښتو ژبه په افغانستان کې ویل کېږي.",
        "د کابل ښار (۲۰۲۳ کال) ډېر لوی دی.",
        "ځوانان او ښځې په ټولنه کې ونډه لري",
        "هغه وویل: \"موږ سوله غواړو\".",
        "د 3 میلیونو ډالرو مرسته (USAID) ورکړل شوه",
        "The word «آزادی» means freedom.",
        "Version 3 (نسخه سوم) is out now",
        "افغانستان آزاد ــ آزاد افغانستان",
        "همه شب در انتظار (و امید) نشستیم؛ تا سحر!",
        "مقاله‌ای از «د. احمدی» در ص. 12–14",
        "http://www.afgazad.com را باز کنید",
        "قیمت: $100 یا €90؟",
        "(این جمله با پرانتز آغاز می‌شود)",
        "1. نخست 2. دوم 3. سوم",
        "كتاب عربي يكتب بالكاف والياء العربيتين",
        "\u{FEB3}\u{FEFC}\u{FEE1} از متنی که پیش‌تر شکل گرفته",
        "ښځې، ځوانۍ، ټول، ډېر، ړنګ، ږ، څه، ئې و ۍ",
        "ٱلرَّحْمَٰن و ءامن و جزءٌ و سؤال و رئیس",
        "عدد ٣٫١٤ و ١٬٠٠٠ و ۲۵٪ و 3.5%؟",
        "کشیدهـــــــ و ــ و بـــــا",
        "\u{200F}نشانهٔ راست‌به‌چپ\u{200E} و LTR mark",
        "(۱) نخست [۲] دوم {۳} سوم",
        "اتصال با ZWJ: ب‍ و ‍ب و ‍ه‍ و ک‍",
        "می‌شود، نمی‌دانم و به‌خاطر",
    ]

    @Test("Every wrapped line equals FriBidi's shaped visual line", arguments: [14, 24, 40, 120])
    func mixedLinesMatchFriBidi(width: Int) throws {
        try Self.compare(paragraphs: Self.mixedLines, width: width)
    }

    /// Every Arabic-script letter isolated, final, initial and medial (next to beh), alone and
    /// between Persian words: the shaper's forms and joining against FriBidi's for the whole
    /// alphabet (as far as FriBidi's Unicode version goes), not only the letters Persian and Pashto use.
    @Test func everyArabicLetterInEveryPosition() throws {
        var lines: [String] = []
        let letters = (Array(UInt32(0x0620)...0x06FF) + Array(UInt32(0x0750)...0x077F) + Array(UInt32(0x08A0)...0x08C9))
            .compactMap(Unicode.Scalar.init).filter {
                // Letters of Unicode 13 and later are unknown to Debian's FriBidi (1.0.8, Unicode 12
                // data), which takes them for non-joining.
                $0.properties.generalCategory == .otherLetter && azad_u_char_age(Int32($0.value)) < 1300
            }
        for letter in letters {
            let c = String(letter)
            lines += [c, "ب" + c, c + "ب", "ب" + c + "ب", "ل" + c, "ل" + c + "ا", "کتاب \(c)ها و \(c)\(c)"]
        }
        #expect(letters.count > 200)
        let visual = lines.map { ParagraphLayout.lines($0, width: 200)[0].text }
        let theirs = try FriBidi.visual(lines, rightToLeft: true)
        #expect(theirs.count == lines.count)
        var mismatches: [String] = []
        for (index, line) in lines.enumerated() where index < theirs.count && visual[index] != theirs[index] {
            mismatches.append("\(line.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) of \(lines.count) differ: \(mismatches.prefix(12))")
    }

    /// Every line of every block (and the title) of the Persian and Pashto test fixtures and of the
    /// sample feed's Persian and Pashto articles, as the reading pane lays them out.
    @Test("Every line of the Persian and Pashto articles equals FriBidi's", arguments: [28, 64, 100])
    func articlesMatchFriBidi(width: Int) throws {
        var urls = ["persian-mixed-direction", "pashto-mixed-direction"].compactMap {
            Bundle.module.url(forResource: "Fixtures/\($0)", withExtension: "txt")
        }
        #expect(urls.count == 2)
        if let feed = BundledResources.sampleFeed,
            let names = try? FileManager.default.contentsOfDirectory(atPath: feed.path)
        {
            urls += names.filter { $0.hasSuffix(".txt") }.sorted().map { feed.appendingPathComponent($0) }
        }
        var samples: [Sample] = []
        var articles = 0
        for url in urls {
            guard let article = try? ExportParser.parse(contentsOf: url), ["fa", "ps"].contains(article.language)
            else { continue }
            articles += 1
            // Header lines: subtitle, byline and the meta lines (the dates with their direction mark).
            let fallback = ArticleLayout.baseDirection(of: article)
            let header =
                [article.subtitle, Language(tag: article.language).byline(article.contributors)]
                .compactMap { $0 } + ArticleLayout.metaLines(for: article)
            for item in header {
                let direction = ParagraphDirection(firstStrongIn: item, fallback: fallback)
                for line in ParagraphLayout.lines(item, width: width, direction: direction) where !line.text.isEmpty {
                    samples.append(
                        Sample(
                            logical: String(item[line.logicalRange]), visual: line.text, rightToLeft: line.isRightToLeft
                        ))
                }
            }
            for line in ArticleLayout.lines(for: article, width: width) where !line.line.text.isEmpty {
                let source: String
                if let block = line.blockIndex {
                    source = article.blocks[block].text
                } else if line.style == .title {
                    source = article.title
                } else {
                    continue
                }
                samples.append(
                    Sample(
                        logical: String(source[line.line.logicalRange]),
                        visual: Self.collapsingTabs(line.line, source: source), rightToLeft: line.line.isRightToLeft))
            }
        }
        #expect(articles >= 2)
        print("FriBidi oracle: \(samples.count) lines of \(articles) Persian and Pashto articles at width \(width)")
        try Self.compare(samples)
    }

    /// The visual line with each tab's expansion put back as one tab, found by the source index
    /// its spaces share: FriBidi keeps tabs (bidi class S) where they land and does not expand them.
    /// The spaces verse columns add to justify a hemistich go too: a widened space is one space
    /// again, and the padding around a one-word hemistich (a space from a letter) is dropped.
    static func collapsingTabs(_ line: VisualLine, source: String) -> String {
        var result = ""
        var lastTab: String.Index? = nil
        var lastSpace: String.Index? = nil
        for (character, index) in zip(line.text, line.sourceIndices) {
            if character == " " && source[index] != "\t" {
                if source[index] == " ", index != lastSpace { result.append(" ") }
                lastSpace = index
                lastTab = nil
                continue
            }
            lastSpace = nil
            if source[index] == "\t" {
                if index != lastTab { result.append("\t") }
                lastTab = index
            } else {
                result.append(character)
                lastTab = nil
            }
        }
        return result
    }

    struct Sample {
        var logical: String
        var visual: String
        var rightToLeft: Bool
    }

    /// Lays out `paragraphs`, asks FriBidi for each line's logical text, and compares.
    static func compare(paragraphs: [String], width: Int, sourceLocation: SourceLocation = #_sourceLocation) throws {
        var samples: [Sample] = []
        for paragraph in paragraphs {
            for line in ParagraphLayout.lines(paragraph, width: width) {
                samples.append(
                    Sample(
                        logical: String(paragraph[line.logicalRange]), visual: line.text,
                        rightToLeft: line.isRightToLeft))
                #expect(line.width <= width, "\(line.text) is wider than \(width)", sourceLocation: sourceLocation)
            }
        }
        #expect(samples.count >= paragraphs.count, sourceLocation: sourceLocation)
        print("FriBidi oracle: \(samples.count) lines of \(paragraphs.count) paragraphs at width \(width)")
        try compare(samples, sourceLocation: sourceLocation)
    }

    /// Asks FriBidi for each sample's logical text, with the sample's base direction, and compares.
    static func compare(_ samples: [Sample], sourceLocation: SourceLocation = #_sourceLocation) throws {
        for rightToLeft in [false, true] {
            let group = samples.filter { $0.rightToLeft == rightToLeft }
            let theirs = try FriBidi.visual(group.map(\.logical), rightToLeft: rightToLeft)
            #expect(theirs.count == group.count, sourceLocation: sourceLocation)
            for (sample, visual) in zip(group, theirs) {
                #expect(
                    sample.visual == visual,
                    "logical «\(sample.logical)»: azad «\(sample.visual)» \(sample.visual.unicodeScalars.map { String($0.value, radix: 16) }) fribidi «\(visual)» \(visual.unicodeScalars.map { String($0.value, radix: 16) })",
                    sourceLocation: sourceLocation)
            }
        }
    }
}
