import Testing

@testable import AzadCore

@Suite struct MastheadLineTests {
    @Test(arguments: [
        ("افغانستان آزاد ــ آزاد افغانستان", MastheadLine.name),
        ("افغانستان آزاد - آزاد افغانستان", .name),
        ("افغانستان آزاد – آزاد افغانستان", .name),
        ("افغانستان آزادــآزاد افغانستان", .name),
        ("Afghanistan Azad – Azad Afghanistan", .name),
        ("AA-AA", .initials),
        ("AA – AA", .initials),
        ("همه سر به سر تن به کشتن دهیم از آن به که کشور به دشمن دهیم", .couplet),
        ("همه سر به سر تن به کشتن دهیم\tاز آن به که کشور به دشمن دهیم", .couplet),
        ("همه سر به سر تن به کشتن دهیم      از آن به که کشور به دشمن دهیم", .couplet),
        ("چو کشور نباشد تن من مباد بدین بوم وبر زنده یک تن مباد", .couplet),
        ("چو کشور نباشد تن من مباد", .couplet),
        ("بدین بوم و بر زنده یک تن مباد", .couplet),
        (
            "همه سر به سر تن به کشتن دهيم\tاز آن به كه كشور به دشمن دهيم\tچو کشور نباشد تن من مباد\tبدين بوم وبر زنده يك تن مباد",
            .couplet
        ),
        ("www.afgazad.com\tafgazad@gmail.com", .site),
        ("www.afgazad.com    afgazad@gmail.com", .site),
        ("http://www.afgazad.com/ E-mail: afgazad@gmail.com", .site),
        // Lines extraction ran together, and the presentation forms old PDFs extract to.
        ("افغانستان آزاد ــ آزاد افغانستان AA-AA", .name),
        ("AA-AA www.afgazad.com afgazad@gmail.com", .site),
        ("www.afgazad.com afgazad@gmail.com سیاسی", .site),
        ("www.afgazad.com\tafgazad@gmail.com\tEuropean Languages\tزبان های اروپائی", .site),
        (
            "\u{FE8D}\u{FED3}\u{FED0}\u{FE8E}\u{FEE7}\u{FEB4}\u{FE98}\u{FE8E}\u{FEE5} \u{FE81}\u{FEAF}\u{FE8D}\u{FEA9} ــ \u{FE81}\u{FEAF}\u{FE8D}\u{FEA9} \u{FE8D}\u{FED3}\u{FED0}\u{FE8E}\u{FEE7}\u{FEB4}\u{FE98}\u{FE8E}\u{FEE5}",
            .name
        ),
    ])
    func recognisesEveryMastheadLine(line: String, kind: MastheadLine) {
        #expect(MastheadLine.classify(line) == kind)
    }

    @Test(arguments: [
        "Kabul Goes Dark As Storms Cut Its Lifeline",
        "افغانستان",
        "آزادی افغانستان آرزوی همه ماست",
        "http://www.afgazad.com/fa/articles/2016.pdf",
        "همه سر به سر",
        "AA",
        "",
        "\u{1B}[2J",
        "🇦🇫 AA-AA 🇦🇫 plus words",
        "www.afgazad.com publishes articles in three languages",
        "افغانستان آزاد ــ آزاد افغانستان و مردم آن",
    ])
    func leavesOtherLinesAlone(line: String) {
        #expect(MastheadLine.classify(line) == nil)
    }

    @Test(arguments: [
        ("European Languages\tزبان های اروپائی", "European Languages", false),
        ("European Languages   زبان های اروپائی", "European Languages", false),
        ("زبان های اروپائی", "European Languages", false),
        ("سیاسی", "سیاسی", false),
        ("اجتماعي", "اجتماعي", false),
        ("ادبی", "ادبی", false),
        ("تاریخی", "تاریخی", false),
        ("ټولنیز", "ټولنیز", false),
        ("Political\tسیاسی", "Political", false),
        ("فلکلوری", "فلکلوری", true),
        ("سیاسی – اجتماعی", "سیاسی – اجتماعی", false),
        ("ادبی و فرهنگی", "ادبی و فرهنگی", false),
    ])
    func readsSectionLines(line: String, name: String, guessed: Bool) throws {
        let section = try #require(MastheadLine.section(line))
        #expect(section.name == name)
        #expect(section.guessed == guessed)
    }

    @Test(arguments: [
        "Deadly Bombings Kill Scores", "صلح در گرو بازی همسایه‌ها", "02/21/2016", "کابل", "سیاسی و اقتصاد کابل",
    ])
    func titlesAreNotSections(line: String) {
        #expect(MastheadLine.section(line) == nil)
    }
}
