import AzadCore

@testable import AzadUI

/// Articles for the page tests: long enough to scroll, with a long source URL, in English and Persian.
enum PageFixture {
    static let longURL =
        "https://www.afgazad.com/european-languages/2019/03/21/a-very-long-address-of-an-article-about-the-night-buses-over-the-salang-pass-and-back.html"

    static let english = Article(
        path: "/feed/long-english.txt", title: "The night buses over the Salang pass, every evening of the winter",
        authors: ["A. Writer"], date: CivilDate(year: 2019, month: 3, day: 21), language: "en",
        section: "European Languages", source: longURL,
        blocks: (1...40).map {
            Block(
                .paragraph,
                "Paragraph \($0): the buses leave Kabul after dark and climb to the tunnel, where the drivers "
                    + "stop for tea while the snow ploughs clear the road ahead of them.")
        })

    static let persian = Article(
        path: "/feed/long-persian.txt", title: "اتوبوس‌های شبانه از گردنه سالنگ در تمام شب‌های زمستان",
        date: CivilDate(year: 2019, month: 3, day: 20), language: "fa", section: "اجتماعی",
        blocks: (1...40).map {
            Block(
                .paragraph,
                "بند \($0): اتوبوس‌ها پس از تاریکی از کابل حرکت می‌کنند و تا تونل بالا می‌روند و رانندگان چای می‌نوشند.")
        })

    static func reader(width: Int, height: Int, memory: TransientReadingMemory = TransientReadingMemory()) -> Reader {
        ReaderFixture.reader(
            width: width, height: height, library: FixtureLibrary([english, persian]), memory: memory)
    }
}
