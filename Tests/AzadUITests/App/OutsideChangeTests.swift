import AzadCore
import Foundation
import Testing

@testable import AzadUI

/// Another process's sync (an `azad sync`, a second reader) shows up in an open reader.
@Suite struct OutsideChangeTests {
    static let arrival = Article(
        path: "/feed/new.txt", title: "خبر تازه از هرات", date: CivilDate(year: 2017, month: 1, day: 5),
        language: "fa", section: "اجتماعی", blocks: [Block(.paragraph, "متنی تازه.")])

    @Test func aChangeElsewhereReloadsTheListKeepingTheSelection() throws {
        let library = FixtureLibrary()
        let reader = ReaderFixture.reader(library: library)
        #expect(!reader.checkForOutsideChanges(), "nothing changed yet")
        reader.handle(.character("j"))
        let selected = try #require(reader.state.selectedSummary)
        library.articles.append(Self.arrival)
        library.generationCount += 1
        #expect(reader.checkForOutsideChanges())
        #expect(reader.state.rows.count == 5)
        #expect(reader.state.rows.first?.title == Self.arrival.title)
        #expect(reader.state.selectedSummary?.path == selected.path)
        #expect(reader.state.message == "the cache changed: 1 new")
        #expect(!reader.checkForOutsideChanges(), "seen once, then quiet")
    }

    @Test func theReadersOwnSyncIsNotAnOutsideChange() throws {
        let library = FixtureLibrary()
        let reader = ReaderFixture.reader(library: library)
        reader.syncStarted()
        library.arriving = [Self.arrival]
        try library.sync { _ in }
        library.generationCount += 1
        #expect(!reader.checkForOutsideChanges(), "a sync of its own is running")
        reader.syncFinished(error: nil)
        #expect(reader.state.message == "sync done: 1 new")
        #expect(!reader.checkForOutsideChanges())
    }
}
