import Foundation

/// A PDF's pages as the text of an export: paragraphs separated by blank lines, pages by form feeds,
/// without the lines a page repeats at its edges.
struct PDFExportText {
    private(set) var text: String

    /// How many lines at a page's top or bottom are compared with other pages' for running headers
    /// and footers: the site's masthead takes seven.
    static let edgeLines = 8

    init(_ pages: [PDFPage]) {
        var texts = pages.map { page in page.lines.map { $0.text.trimmingCharacters(in: .whitespaces) } }
        var breaks = pages.map(\.startsParagraph)
        let rightToLeft = pages.map { $0.lines.map(\.isRightToLeft) }
        var kept = texts.map { Array(repeating: true, count: $0.count) }
        Self.dropEdges(texts, multiPage: pages.count > 1, kept: &kept)
        var out: [String] = []
        for index in texts.indices {
            var lines: [String] = []
            var paragraph: [Bool] = []
            var direction: [Bool] = []
            for line in texts[index].indices where kept[index][line] && !texts[index][line].isEmpty {
                lines.append(texts[index][line])
                paragraph.append(breaks[index][line])
                direction.append(rightToLeft[index][line])
            }
            Self.joinHyphenated(&lines, startsParagraph: paragraph, rightToLeft: direction)
            texts[index] = lines
            breaks[index] = paragraph
            var page = ""
            for (line, text) in lines.enumerated() where !text.isEmpty {
                if !page.isEmpty { page += paragraph[line] ? "\n\n" : "\n" }
                page += text
            }
            out.append(page)
        }
        text = out.joined(separator: "\n\u{0C}")
    }

    /// A line with its digits taken out: a running header or footer is the same on every page but
    /// for its page number.
    static func key(_ line: String) -> String {
        String(String.UnicodeScalarView(line.unicodeScalars.filter { $0.properties.numericType == nil }))
    }

    /// Marks page numbers and running headers and footers as not kept. A line at a page's edge is a
    /// page number when the text-export parser would take it for one, and a running header (or
    /// footer) when the same line, page numbers aside, stands at the top (bottom) of another page. A
    /// repeated top is dropped from the later pages only, so that the first page keeps its masthead.
    private static func dropEdges(_ texts: [[String]], multiPage: Bool, kept: inout [[Bool]]) {
        func isPageNumber(_ line: String) -> Bool {
            PageCleaner.isFooter(line) || (multiPage && PageCleaner.isBarePageNumber(line))
        }
        let tops = texts.map { Set($0.prefix(edgeLines).map(key)) }
        let bottoms = texts.map { Set($0.suffix(3).map(key)) }
        for page in texts.indices {
            let lines = texts[page]
            func repeated(_ line: String, in edges: [Set<String>]) -> Bool {
                let lineKey = key(line)
                return !lineKey.trimmingCharacters(in: .whitespaces).isEmpty
                    && edges.indices.contains { $0 != page && edges[$0].contains(lineKey) }
            }
            var top = 0
            while top < lines.count, top < edgeLines,
                isPageNumber(lines[top]) || (multiPage && page > 0 && repeated(lines[top], in: tops))
            {
                kept[page][top] = false
                top += 1
            }
            var bottom = lines.count - 1
            while bottom >= top, bottom >= lines.count - 3,
                isPageNumber(lines[bottom]) || (multiPage && repeated(lines[bottom], in: bottoms))
            {
                kept[page][bottom] = false
                bottom -= 1
            }
        }
    }

    /// Joins a word a left-to-right line ends with a hyphen in to its rest on the next line of the
    /// same paragraph: `Verein-` + `barung …` gives `Vereinbarung …`. A hyphen before a capital or
    /// a digit is kept (`Nord-` + `Süd` gives `Nord-Süd`); a soft hyphen never is.
    static func joinHyphenated(_ lines: inout [String], startsParagraph: [Bool], rightToLeft: [Bool]) {
        var index = 0
        while index + 1 < lines.count {
            defer { index += 1 }
            guard !rightToLeft[index], !startsParagraph[index + 1] else { continue }
            let line = lines[index]
            guard let last = line.unicodeScalars.last, last == "-" || last == "\u{AD}" else { continue }
            let beforeHyphen = line.unicodeScalars.dropLast().last
            guard let beforeHyphen, beforeHyphen.properties.isAlphabetic else { continue }
            let next = lines[index + 1]
            guard let first = next.unicodeScalars.first,
                first.properties.isAlphabetic || first.properties.numericType != nil
            else { continue }
            let word = next.prefix { !$0.isWhitespace }
            let rest = next.dropFirst(word.count).drop { $0.isWhitespace }
            let keepsHyphen = last == "-" && !first.properties.isLowercase
            var joined = String(line.unicodeScalars.dropLast())
            if keepsHyphen { joined += "-" }
            lines[index] = joined + word
            lines[index + 1] = String(rest)
        }
    }
}
