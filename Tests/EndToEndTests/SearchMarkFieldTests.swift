import AzadCore
import Foundation
import Testing

/// `is:unread` and `is:starred` in the query of `azad search` filter as `--unread` and `--starred` do.
@Suite struct SearchMarkFieldTests {
    @Test func markFieldsFilterLikeTheFlags() throws {
        let scratch = ScratchFolder()
        let search = { (arguments: [String]) throws -> [String] in
            try ListReadingMarksTests.paths(try ListReadingMarksTests.azad(["search"] + arguments, scratch: scratch))
        }
        let all = try search(["lang:en", "--json", "--limit", "0"])
        try #require(all.count >= 3)
        let state = try ReadingState(directory: scratch.file("data/azad"))
        try state.setRead(all[0], true)
        try state.setStarred(all[1], true)
        try state.setStarred(all[2], true)
        try state.setRead(all[2], true)
        #expect(
            try search(["lang:en is:unread", "--json", "--limit", "0"]) == all.filter { $0 != all[0] && $0 != all[2] })
        #expect(try search(["lang:en", "is:starred", "--json", "--limit", "0"]) == [all[1], all[2]])
        #expect(try search(["lang:en is:starred is:unread", "--json", "--limit", "0"]) == [all[1]])
        #expect(
            try search(["lang:en is:starred", "--json", "--limit", "0"])
                == search(["lang:en", "--starred", "--json", "--limit", "0"]))
        #expect(try search(["is:sleepy", "--json", "--limit", "0"]) == [], "an unknown state is two words")
    }
}
