/// Web addresses and e-mail addresses are never wrapped inside themselves: the break
/// opportunities ICU finds inside one (after `/`, before `?`, at `-`) are dropped, so that the
/// address moves to the next line whole. One longer than the line is still broken by width, as any
/// word is: nothing of a paragraph is dropped.
extension LogicalParagraph {
    /// Clears the break opportunities inside each address of the paragraph.
    mutating func keepAddressesWhole() {
        // Most paragraphs hold neither `@` nor `/`: nothing to look at.
        guard source.utf8.contains(where: { $0 == UInt8(ascii: "@") || $0 == UInt8(ascii: "/") }) else { return }
        var start = 0
        while start < units.count {
            guard units[start].kind == .text else {
                start += 1
                continue
            }
            var end = start
            while end < units.count, units[end].kind == .text { end += 1 }
            if Self.isAddress(source[units[start].sourceStart..<units[end - 1].sourceEnd]) {
                for index in (start + 1)..<end { units[index].breakBefore = false }
            }
            start = end
        }
    }

    /// A word that is a web address (`scheme://…`, `www.…`) or an e-mail address (`name@host.tld`).
    static func isAddress(_ word: Substring) -> Bool {
        if word.contains("://") || word.lowercased().hasPrefix("www.") { return true }
        guard let at = word.firstIndex(of: "@"), at > word.startIndex else { return false }
        let host = word[word.index(after: at)...]
        return host.contains(".") && !host.hasPrefix(".") && !host.contains("@")
    }
}
