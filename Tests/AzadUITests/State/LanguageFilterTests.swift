import AzadCore
import Testing

@testable import AzadUI

@Suite struct LanguageFilterTests {
    /// A tag, and the one filter besides `all` that keeps it.
    static let tags: [(String, LanguageFilter)] = [
        ("fa", .persian), ("prs", .persian), ("fa-AF", .persian), ("FA", .persian),
        ("ps", .pashto), ("pbt", .pashto), ("pbu", .pashto), ("PS-af", .pashto),
        ("en", .european), ("de", .european), ("fr", .european), ("ar", .european), ("zh", .european),
        ("x-unknown", .european), ("", .european), ("فا", .european), ("\u{1B}[31m", .european),
    ]

    @Test(arguments: tags)
    func eachTagPassesAllAndItsGroupOnly(tag: String, filter: LanguageFilter) {
        for candidate in LanguageFilter.allCases {
            #expect(candidate.accepts(tag) == (candidate == .all || candidate == filter), "\(candidate)")
        }
        #expect(filter.group == Language(tag: tag).group)
    }

    @Test func labelsAndCycle() {
        #expect(LanguageFilter.allCases.map(\.label) == ["All", "فارسی", "پښتو", "European languages"])
        #expect(LanguageFilter.all.group == nil)
        var seen: [LanguageFilter] = []
        var filter = LanguageFilter.all
        for _ in 0..<5 {
            seen.append(filter)
            filter = filter.next
        }
        #expect(seen == [.all, .persian, .pashto, .european, .all])
    }
}
