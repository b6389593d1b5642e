import Testing

@testable import AzadCore

@Suite struct LanguageGuessTests {
    @Test(arguments: [
        ("The ministry said the repairs would take the rest of the week, and that the line was not yet safe.", "en"),
        ("Die Handwerker haben die alten Techniken erst wieder lernen müssen, sagt der Leiter des Projekts.", "de"),
        (
            "Le jardin reçoit des centaines de milliers de visiteurs par an, et les familles y viennent le vendredi.",
            "fr"
        ),
        ("El gobierno dijo que las obras terminarán en la primavera y que los caminos serán abiertos.", "es"),
        ("در هفته‌های اخیر بار دیگر سخن از گفتگوهای صلح بر سر زبان‌ها افتاده است و مردم منتظرند.", "fa"),
        ("پس از پایان مأموریت NATO در سال 2014، شمار سربازان از ۱۳۰ هزار به ۱۳ هزار تن رسید.", "fa"),
        ("جوانان کابل در جهان Facebook و WhatsApp زندگی می‌کنند و روزی سه ساعت آنلاین اند.", "fa"),
        ("سږکال ژمی په کابل او نورو ښارونو کې له تېرو کلونو ډېر سوړ و.", "ps"),
        ("خوشحال خان خټک د پښتو ادب یو له سترو شاعرانو څخه دی.", "ps"),
        ("د غره په سر ګلونه وغوړېدل", "ps"),
        ("امان‌الله خان و سال‌هاي اصلاحات در كابل آغاز شد و مكتب‌ها باز شدند", "fa"),
        ("قال المتحدث إن الاجتماع الذي عقد في المدينة كان مثمرا وأن هذه المحادثات ستستمر", "ar"),
        ("北京今天下雪了，道路很滑。", "zh"),
        ("今日は雪が降りました。道が滑りやすいです。", "ja"),
        ("Москва сегодня под снегом, дороги закрыты.", "ru"),
        ("Kabul 北京 and the road", "en"),
        ("e\u{301}te\u{301} à Kaboul, le jardin est ouvert et les familles y viennent", "fr"),
        ("", "en"),
        ("2016 — 🌸 ✨", "en"),
    ])
    func guessesTheLanguage(text: String, expected: String) {
        #expect(LanguageGuess.guess(text) == expected)
    }

    @Test func aFewPashtoNamesDoNotMakePersianPashto() {
        let text = String(
            repeating: "این گزارش درباره سفر ګل رحمان به کابل است و او از مردم آن شهر سخن می‌گوید. ", count: 8)
        #expect(LanguageGuess.guess(text) == "fa")
    }
}
