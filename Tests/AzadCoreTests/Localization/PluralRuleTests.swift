import Testing

@testable import AzadCore

/// The `Plural-Forms` expressions gettext catalogs carry, evaluated as gettext's own C would.
@Suite struct PluralRuleTests {
    @Test(
        "a header's rule picks the form",
        arguments: [
            // English, German: one form for 1.
            ("nplurals=2; plural=(n != 1);", [0: 1, 1: 0, 2: 1, 5: 1, 11: 1, 21: 1]),
            // Persian and Pashto (CLDR: 0 and 1 are the singular), French.
            ("nplurals=2; plural=(n > 1);", [0: 0, 1: 0, 2: 1, 5: 1, 11: 1, 21: 1]),
            // Russian: 1, 21 one; 2–4, 22 few; 0, 5–20 many.
            (
                "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
                [0: 2, 1: 0, 2: 1, 5: 2, 11: 2, 21: 0, 22: 1, 111: 2]
            ),
            // Arabic's six forms.
            (
                "nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5;",
                [0: 0, 1: 1, 2: 2, 5: 3, 11: 4, 21: 4, 100: 5, 102: 5]
            ),
            // One form for every count (Japanese, Chinese).
            ("nplurals=1; plural=0;", [0: 0, 1: 0, 2: 0, 21: 0]),
            // `!` and a form past nplurals clamped to the last.
            ("nplurals=2; plural=!(n == 1) * 7;", [0: 1, 1: 0, 2: 1]),
        ])
    func picksTheForm(header: String, forms: [Int: Int]) throws {
        let rule = try #require(
            PluralRule(header: "Content-Type: text/plain; charset=UTF-8\nPlural-Forms: \(header)\n"))
        for (count, form) in forms.sorted(by: { $0.key < $1.key }) {
            #expect(rule.form(for: count) == form, "\(header) for \(count)")
        }
    }

    @Test(
        "a header without a rule it can read has none",
        arguments: [
            "Content-Type: text/plain\n", "Plural-Forms: nplurals=2;\n", "Plural-Forms: nplurals=2; plural=(n > ;\n",
            "Plural-Forms: nplurals=0; plural=0;\n", "Plural-Forms: nplurals=2; plural=n ? 1;\n",
            "Plural-Forms: nplurals=2; plural=(n > 1)) ;\n",
        ])
    func rejectsWhatItCannotRead(header: String) {
        #expect(PluralRule(header: header) == nil)
    }

    @Test func dividingByZeroIsZeroNotACrash() throws {
        let rule = try #require(PluralRule(header: "Plural-Forms: nplurals=2; plural=(1 / (n - n)) + (n % 0);\n"))
        #expect(rule.form(for: 3) == 0)
    }
}
