import Foundation

/// A small archive of exports in five languages, written for the search relevance set: each article
/// holds the words some query must find, or a near miss some query must not.
public enum RelevanceArchive {
    /// One export: written out in the site's layout (masthead, section, title, byline, date, body).
    public struct Article: Sendable {
        public var name: String
        var section: String
        var title: String
        var byline: String
        var date: String
        var body: [String]
    }

    static let european = "European Languages\tزبان های اروپائی"

    public static let articles: [Article] = [
        // English
        Article(
            name: "en-hydrogeologists", section: european, title: "Wells running dry in the Herat valley",
            byline: "By Sarah Milton", date: "March 8, 2016",
            body: [
                "Two hydrogeologists from the university measured the wells of the valley this winter.",
                "They found the aquifers sinking by a metre a year, and the farmers of Kabul province report the same.",
            ]),
        Article(
            name: "en-hydrogeologist", section: european, title: "A hydrogeologist in Bamiyan",
            byline: "By Omar Siddiqi", date: "June 12, 2017",
            body: ["The hydrogeologist walked from spring to spring with a notebook and a rope."]),
        Article(
            name: "en-geology", section: european, title: "The rocks of the Hindu Kush",
            byline: "By Peter Lang", date: "November 2, 2015",
            body: ["Geology and hydrology meet in these mountains, where Sarah Milton once camped with students."]),
        Article(
            name: "en-ceasefire", section: european, title: "A ceasefire for the harvest",
            byline: "By John Barker", date: "September 1, 2017",
            body: ["The ceasefire agreed in the district held through the harvest, and the road opened again."]),
        Article(
            name: "en-ceasefires", section: european, title: "Promises broken in spring",
            byline: "By Anna Reid", date: "April 20, 2018",
            body: [
                "Three ceasefires were announced this spring; each collapsed within days, and the villagers voted to stay."
            ]),
        Article(
            name: "en-kabul-winter", section: european, title: "Winter nights in Kabul",
            byline: "By Anna Reid", date: "January 15, 2016",
            body: [
                "Power cuts leave the city dark; families gather around one stove and tell stories of markets long gone."
            ]),
        Article(
            name: "en-voting", section: european, title: "Ballots carried by donkey",
            byline: "By John Barker", date: "October 20, 2018",
            body: ["Voting began at dawn in the mountain villages, where ballots arrive on donkeys."]),
        // German
        Article(
            name: "de-wahlen", section: european, title: "Die Wahlen in Afghanistan",
            byline: "Von Karl Neumann", date: "21.02.2016",
            body: ["Die Wahlen wurden zweimal verschoben, und viele Bürger zweifeln an den Ergebnissen."]),
        Article(
            name: "de-haeuser", section: european, title: "Lehm und Stroh",
            byline: "Von Ursula Brandt", date: "14.05.2014",
            body: ["Die Häuser der Altstadt von Herat sind aus Lehm gebaut und halten jeden Sommer kühl."]),
        Article(
            name: "de-hausmeister", section: european, title: "Ein Tag in der Schule",
            byline: "Von Karl Neumann", date: "03.09.2019",
            body: ["Der Hausmeister öffnet um sechs Uhr das Tor; die Kinder warten schon im Schnee."]),
        // French
        Article(
            name: "fr-economie", section: european, title: "L'économie afghane après le retrait",
            byline: "Par Claire Dubois", date: "12/06/2017",
            body: ["Les économies rurales dépendent de la pluie, et les jardins de Kaboul nourrissent encore la ville."]
        ),
        Article(
            name: "fr-ecologie", section: european, title: "Les montagnes et l'eau",
            byline: "Par Luc Martin", date: "03/07/2018",
            body: ["L'écologie des vallées change avec la fonte des glaciers, et le jardin du roi Babur reste vert."]),
        // Persian (Dari)
        Article(
            name: "fa-letters", section: "اجتماعی", title: "نامه‌های یک مادر",
            byline: "نویسنده: مریم نوری", date: "۲ حوت ۱۳۹۴",
            body: [
                "مادر هر شب نامه‌ها را دوباره می‌خواند و کتاب‌هایشان را در صندوق نگه می‌داشت.",
                "بزرگترین آرزوی او بازگشت پسران از مهاجرت بود.",
            ]),
        Article(
            name: "fa-names", section: "اجتماعی", title: "نام‌ها و نشانی‌ها",
            byline: "نویسنده: احمد کریمی", date: "۱۵ حمل ۱۳۹۴",
            body: ["در این شهر نام هر کوچه را پیرمردان به یاد دارند و نشانی خانه را با نام درخت‌ها می‌دهند."]),
        Article(
            name: "fa-rain", section: "ادبی", title: "باران در کابل",
            byline: "نویسنده: فریده سلطانی", date: "۱۰ ثور ۱۳۹۵",
            body: [
                "باران بهاری بر بام‌های گلی می‌بارد و زمستان سخت را از یاد کودکان می‌برد.",
                "هر انسانی در این شهر قصه‌ای از سیلاب دارد.",
            ]),
        Article(
            name: "fa-load", section: "اقتصادی", title: "بار سنگین تاجران",
            byline: "نویسنده: احمد کریمی", date: "۵ جوزا ۱۳۹۶",
            body: ["کامیون‌ها بارها در مرز تورخم ساعت‌ها منتظر می‌مانند و انس تاجران با راه‌های کوهستانی کم نیست."]),
        Article(
            name: "fa-ceasefire-zwnj", section: "سیاسی", title: "آتش‌بس سه روزه",
            byline: "نویسنده: عبدالرحیم نوری", date: "۲۵ جوزا ۱۳۹۷",
            body: ["آتش‌بس عید فطر مردم را به خیابان‌ها آورد و سربازان با مردم چای نوشیدند."]),
        Article(
            name: "fa-ceasefire-apart", section: "سیاسی", title: "امید به صلح",
            byline: "نویسنده: مریم نوری", date: "۱ سرطان ۱۳۹۷",
            body: ["اعلام آتش بس در ولایت کندز برای دهقانان فرصتی بود تا گندم را درو کنند."]),
        Article(
            name: "fa-ceasefire-joined", section: "سیاسی", title: "پایان یک توافق",
            byline: "نویسنده: احمد کریمی", date: "۳ اسد ۱۳۹۷",
            body: ["آتشبس پس از سه روز پایان یافت و جنگ در دره ادامه پیدا کرد."]),
        Article(
            name: "fa-fire-enough", section: "ادبی", title: "شب زمستانی",
            byline: "نویسنده: فریده سلطانی", date: "۱۲ جدی ۱۳۹۵",
            body: ["آتش در بخاری خاموش شد و مادر گفت که برای امشب قصه بس است."]),
        Article(
            name: "fa-writers", section: "ادبی", title: "انجمن نویسندگان هرات",
            byline: "نویسنده: حمید ناصری", date: "۸ میزان ۱۳۹۳",
            body: ["نویسندگان جوان هر پنجشنبه در کتابخانه‌های شهر گرد می‌آیند و داستان می‌خوانند."]),
        // Pashto
        Article(
            name: "ps-houses", section: "ټولنیز", title: "د سیلاب وروسته",
            byline: "لیکوال: ګل احمد ځدراڼ", date: "۲۰ غویی ۱۳۹۵",
            body: ["زموږ د کلي کورونه د سیلاب له امله ویجاړ شول او ماشومان په خیمو کې اوسېږي."]),
        Article(
            name: "ps-course", section: "ټولنیز", title: "د کمپیوټر کورس",
            byline: "لیکوال: نازو ملګرې", date: "۱ لیندۍ ۱۳۹۶",
            body: ["په ښار کې د کمپیوټر یو نوی کورس پیل شو او زده کوونکو کتابونه ترلاسه کړل."]),
    ]

    /// Writes every article as an export into `folder`.
    public static func write(into folder: URL) throws {
        for article in articles {
            let header = [
                "افغانستان آزاد ــ آزاد افغانستان", "", "AA-AA", "",
                "همه سر به سر تن به کشتن دهیم\tاز آن به که کشور به دشمن دهیم", "",
                "www.afgazad.com\tafgazad@gmail.com", article.section, "", article.title, "", article.byline, "",
                article.date, "",
            ]
            let text = (header + [article.body.joined(separator: "\n\n")]).joined(separator: "\n") + "\n"
            try text.write(to: folder.appendingPathComponent(article.name + ".txt"), atomically: true, encoding: .utf8)
        }
    }
}
