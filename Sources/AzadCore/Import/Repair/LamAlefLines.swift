/// Puts back together the lines `pdftotext` cuts at a lam-alef ligature.
///
/// With some fonts (Noto Naskh Arabic among them) `pdftotext` reads the ligature `لا` as two glyphs
/// on different baselines: the alef ends the line as a piece of its own (`… رات ا`), and the lam
/// with the rest of the line after it comes out as a line of its own, placed just before
/// (`لی.`). A line that starts with `ل`, directly followed by a line that ends in a lone `ا`, is
/// that evidence, and nothing else is moved: the two become one line, the ligature in its place
/// (`… رات لای.`). Several ligatures on one line leave several such lines, each before the one it
/// came from, and are put back one after the other.
enum LamAlefLines {
    /// `lines` with each line cut at a ligature joined back, and the number of ligatures put back.
    static func joined(_ lines: [Substring]) -> (lines: [String], ligatures: Int) {
        var output: [String] = []
        var ligatures = 0
        for line in lines {
            guard let last = output.last, let tail = afterLam(last), let head = beforeLoneAlef(line) else {
                output.append(String(line))
                continue
            }
            output[output.count - 1] = head + "لا" + tail
            ligatures += 1
        }
        return (output, ligatures)
    }

    /// What follows the `ل` a line starts with (spaces before it aside), or nil when it starts otherwise.
    static func afterLam(_ line: String) -> String? {
        let scalars = line.unicodeScalars.drop { $0 == " " }
        guard scalars.first == "ل" else { return nil }
        return String(String.UnicodeScalarView(scalars.dropFirst()))
    }

    /// The line without the lone `ا` it ends in (spaces after it aside), or nil when it ends otherwise.
    /// The alef is lone when a space or nothing comes before it: inside a word, a letter before an
    /// alef joins it, and `pdftotext` leaves no gap there.
    static func beforeLoneAlef(_ line: Substring) -> String? {
        var scalars = line.unicodeScalars[...]
        while scalars.last == " " { scalars = scalars.dropLast() }
        guard scalars.last == "ا" else { return nil }
        let before = scalars.dropLast()
        guard before.isEmpty || before.last == " " else { return nil }
        return String(String.UnicodeScalarView(before))
    }
}
