import AzadCore

@testable import AzadUI

extension ReaderFixture {
    /// A reader on `library` laid out in `direction`, started, at `width`×`height`.
    static func reader(
        _ direction: ParagraphDirection, width: Int = 100, height: Int = 30,
        library: FixtureLibrary = FixtureLibrary()
    ) -> Reader {
        let reader = ReaderFixture.reader(width: width, height: height, library: library)
        reader.state.direction = direction
        reader.resize(width: width, height: height)
        return reader
    }

    /// A library of one article per title, newest first in the given order.
    static func library(titles: [String], language: String = "fa") -> FixtureLibrary {
        FixtureLibrary(
            titles.enumerated().map { index, title in
                Article(
                    path: "/feed/\(index).txt", title: title, date: CivilDate(year: 2016, month: 2, day: 21 - index),
                    language: language, section: "اجتماعی",
                    blocks: (1...40).map { Block(.paragraph, "Paragraph \($0) of article \(index).") })
            })
    }
}
