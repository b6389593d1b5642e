import AzadCore
import Testing

@testable import AzadUI

/// OSC 8 hyperlinks: the exact bytes, the URL sanitised, and the terminals they are never sent to.
@Suite struct OSC8Tests {
    @Test func theSequenceWritesTheCellsInsideTheLinkAndRestoresTheCursor() throws {
        let sequence = try #require(
            OSC8.sequence(
                url: "https://www.afgazad.com/a.html", row: 4, column: 60,
                pieces: [
                    .init(text: "h", sgr: "\u{1B}[0;2m"), .init(text: "t", sgr: "\u{1B}[0;2m"),
                    .init(text: "…", sgr: "\u{1B}[0;30;43m"),
                ]))
        #expect(
            sequence
                == "\u{1B}7\u{1B}[5;61H\u{1B}]8;;https://www.afgazad.com/a.html\u{1B}\\\u{1B}[0;2mht\u{1B}[0;30;43m…"
                + "\u{1B}]8;;\u{1B}\\\u{1B}8")
        #expect(Array(sequence.utf8).prefix(8) == [0x1B, 0x37, 0x1B, 0x5B, 0x35, 0x3B, 0x36, 0x31])
    }

    @Test(arguments: [
        ("https://www.afgazad.com/a.html", "https://www.afgazad.com/a.html"),
        ("HTTP://AFGAZAD.COM", "HTTP://AFGAZAD.COM"),
        ("https://afgazad.com/مقاله", "https://afgazad.com/%D9%85%D9%82%D8%A7%D9%84%D9%87"),
        ("https://afgazad.com/ښار", "https://afgazad.com/%DA%9A%D8%A7%D8%B1"),
        ("https://例え.jp/漢字", "https://%E4%BE%8B%E3%81%88.jp/%E6%BC%A2%E5%AD%97"),
        ("https://a.com/😀", "https://a.com/%F0%9F%98%80"),
        ("https://a.com/e\u{301}", "https://a.com/e%CC%81"),
        ("https://a.com/a b", "https://a.com/a%20b"),
    ])
    func aURLTravelsPercentEncoded(url: String, sent: String) {
        #expect(OSC8.sanitized(url) == sent)
    }

    @Test(arguments: [
        "javascript:alert(1)", "file:///etc/passwd", "ftp://afgazad.com", "https://", "http://", "afgazad.com",
        "https://a.com/\u{1B}]8;;evil\u{1B}\\", "https://a.com/\u{07}", "https://a.com/\u{9C}",
        "https://a.com/\u{9B}31m",
        "https://a.com/\n", "https://a.com/\u{7F}", "https://a.com/\r",
        "https://a.com/" + String(repeating: "a", count: 2100),
    ])
    func aURLThatCouldDoHarmIsNeverSent(url: String) {
        #expect(OSC8.sanitized(url) == nil)
        #expect(OSC8.sequence(url: url, row: 0, column: 0, pieces: [.init(text: "x", sgr: "")]) == nil)
    }

    @Test(arguments: [
        (String?.none, true, false), ("", true, false), ("dumb", true, false), ("linux", true, false),
        ("linux-16color", true, false), ("xterm-256color", false, false), ("xterm-256color", true, true),
        ("tmux-256color", true, true), ("screen", true, true),
    ])
    func linksGoOnlyToTerminalsTerminfoKnows(term: String?, cursorAddressing: Bool, supported: Bool) {
        #expect(OSC8.isSupported(term: term, hasCursorAddressing: cursorAddressing) == supported)
    }

    @Test(arguments: [
        (TerminalStyle(), 256, "\u{1B}[0m"),
        (TerminalStyle(dim: true), 8, "\u{1B}[0;2m"),
        (TerminalStyle(foreground: 0, background: 3), 8, "\u{1B}[0;30;43m"),
        (TerminalStyle(foreground: 0, background: 2, bold: true, underline: true), 8, "\u{1B}[0;1;4;30;42m"),
        (TerminalStyle(foreground: 12, background: 208, italic: true), 256, "\u{1B}[0;3;94;48;5;208m"),
        (TerminalStyle(foreground: 12, background: 208, reverse: true), 8, "\u{1B}[0;7m"),
        (TerminalStyle(foreground: 3, bold: true), 0, "\u{1B}[0;1m"),
    ])
    func looksBecomeSGR(style: TerminalStyle, colors: Int, sgr: String) {
        #expect(style.sgr(colors: colors) == sgr)
    }

    /// The reading pane's source URL is a link at the cells that show it, whatever the width.
    @Test(arguments: [(100, 30), (200, 40), (130, 30), (60, 24)])
    func theSourceURLsLinkCoversItsCells(width: Int, height: Int) throws {
        let reader = PageFixture.reader(width: width, height: height)
        reader.handle(.enter)
        let links = Screen.links(for: reader.state)
        let link = try #require(links.first)
        #expect(links.count == 1)
        #expect(link.url == PageFixture.longURL)
        let grid = Screen.render(reader.state, keymap: reader.keymap)
        let shown = (link.column..<(link.column + link.width)).map { grid[link.row, $0].text }.joined()
        #expect(shown.hasPrefix("https://www.afgazad.com/"))
        #expect(shown.hasSuffix("…"))
        #expect(link.width == reader.state.layout.paneTextWidth)
        // Scrolled out of view, the link goes with it.
        for _ in 0..<20 { reader.handle(.character("j")) }
        #expect(Screen.links(for: reader.state).isEmpty)
    }
}
