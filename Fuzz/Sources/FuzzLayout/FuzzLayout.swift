import AzadCore

/// libFuzzer entry point: lays out arbitrary text at an arbitrary width and checks what reaches a terminal.
///
/// Input: byte 0 is the width (as a signed byte, so zero and negative widths come up too), byte 1 picks the
/// options, the rest is the text (UTF-8, invalid sequences replaced). The text is laid out as one paragraph
/// and, split at `\u{1E}`, as a whole article.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLayout(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard bytes.count >= 2 else { return 0 }
    let width = Int(Int8(bitPattern: bytes[0]))
    let flags = bytes[1]
    let options = LayoutOptions(
        bidiMode: flags & 1 == 0 ? .visual : .terminal, shaping: flags & 2 == 0, tabWidth: Int(flags >> 4))
    let text = String(decoding: bytes.dropFirst(2), as: UTF8.self)

    let directions: [ParagraphDirection?] = [nil, .leftToRight, .rightToLeft]
    let direction = directions[Int(flags >> 2 & 3) % directions.count]
    let lines = ParagraphLayout.lines(text, width: width, options: options, direction: direction)
    LayoutInvariants.check(lines, of: text, width: width)

    let safe = Sanitizer.sanitized(text, tabWidth: options.tabWidth)
    // Line breaks removed scalar by scalar: Foundation's search misses a break a combining mark follows
    // (fixture line-break-before-a-combining-mark.txt).
    let unbroken = String(String.UnicodeScalarView(safe.unicodeScalars.filter { $0 != "\n" }))
    precondition(Sanitizer.isSafe(unbroken), "sanitized text is not safe")
    let oneLine = Sanitizer.sanitized(text, tabWidth: options.tabWidth, singleLine: true)
    precondition(Sanitizer.isSafe(oneLine), "single-line sanitized text is not safe")

    let parts = text.split(separator: "\u{1E}", omittingEmptySubsequences: false).map(String.init)
    let kinds = Block.Kind.allCases
    let article = Article(
        path: "/fuzz/input.txt", title: parts[0], subtitle: parts.count > 1 ? parts[1] : nil,
        authors: parts.count > 2 ? [parts[2]] : [], language: "fa",
        blocks: parts.dropFirst(3).enumerated().map { Block(kinds[$0.offset % kinds.count], $0.element) })
    for line in ArticleLayout.lines(for: article, width: width, options: options) {
        LayoutInvariants.check(line.line, width: width)
        if let block = line.blockIndex { precondition(article.blocks.indices.contains(block), "a line of no block") }
    }

    let cut = DisplayWidth.truncate(text, toWidth: width)
    precondition(DisplayWidth.of(cut) <= max(width, 0), "truncate overflowed \(width) columns")
    return 0
}
