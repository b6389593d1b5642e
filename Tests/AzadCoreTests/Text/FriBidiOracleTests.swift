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
    ]

    @Test("Every wrapped line equals FriBidi's shaped visual line", arguments: [14, 24, 40, 120])
    func mixedLinesMatchFriBidi(width: Int) throws {
        try Self.compare(paragraphs: Self.mixedLines, width: width)
    }

    /// Lays out `paragraphs`, asks FriBidi for each line's logical text, and compares.
    static func compare(paragraphs: [String], width: Int, sourceLocation: SourceLocation = #_sourceLocation) throws {
        var logical: [ParagraphDirection: [String]] = [:]
        var ours: [ParagraphDirection: [String]] = [:]
        for paragraph in paragraphs {
            let direction = ParagraphDirection(firstStrongIn: paragraph)
            for line in ParagraphLayout.lines(paragraph, width: width) {
                logical[direction, default: []].append(String(paragraph[line.logicalRange]))
                ours[direction, default: []].append(line.text)
                #expect(line.width <= width, "\(line.text) is wider than \(width)", sourceLocation: sourceLocation)
            }
        }
        var compared = 0
        for (direction, lines) in logical {
            let theirs = try FriBidi.visual(lines, rightToLeft: direction == .rightToLeft)
            #expect(theirs.count == lines.count, sourceLocation: sourceLocation)
            for (index, line) in lines.enumerated() where index < theirs.count {
                compared += 1
                let mine = ours[direction]![index]
                #expect(
                    mine == theirs[index],
                    "logical «\(line)»: azad «\(mine)» \(mine.unicodeScalars.map { String($0.value, radix: 16) }) fribidi «\(theirs[index])» \(theirs[index].unicodeScalars.map { String($0.value, radix: 16) })",
                    sourceLocation: sourceLocation)
            }
        }
        #expect(compared >= paragraphs.count, sourceLocation: sourceLocation)
    }
}
