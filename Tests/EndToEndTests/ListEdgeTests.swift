import Foundation
import Testing

/// `list` and `search` at their edges: a language azad does not know, and nothing to show.
@Suite("The command line: unknown languages and empty results")
struct ListEdgeTests {
    static let sampleFeed = AzadProcess.packageRoot.appendingPathComponent("sample-feed")
    static let knownLanguages =
        "ar (Arabic), ckb (Central Kurdish), de (German), en (English), es (Spanish), fa (Persian), "
        + "fr (French), he (Hebrew), hi (Hindi), ja (Japanese), ko (Korean), pbt (Southern Pashto), "
        + "pbu (Northern Pashto), prs (Dari), ps (Pashto), ru (Russian), ur (Urdu), zh (Chinese)"

    static func azad(_ arguments: [String], scratch: ScratchFolder) throws -> AzadProcess.Result {
        try AzadProcess.run(
            arguments + ["--feed", sampleFeed.path, "--cache-dir", scratch.file("cache").path],
            environment: ["XDG_DATA_HOME": scratch.file("data").path, "XDG_CONFIG_HOME": scratch.file("config").path])
    }

    @Test(
        "an unknown language is a usage error listing the known ones",
        arguments: ["xx", "klingon", "فارسی", "پښتو", "中文", "🙂", "e\u{301}"])
    func unknownLanguage(tag: String) throws {
        let scratch = ScratchFolder()
        for json in [[], ["--json"]] {
            let result = try Self.azad(["list", "--language", tag] + json, scratch: scratch)
            #expect(result.status == 2)
            #expect(result.stdout == "")
            #expect(
                result.stderr
                    == "azad: unknown language \(tag); the known ones are \(Self.knownLanguages) (see azad list --help)\n"
            )
        }
    }

    @Test("a known language, in any case or with a region, is no error", arguments: ["de", "DE", "fa-AF"])
    func knownLanguage(tag: String) throws {
        let result = try Self.azad(["list", "--language", tag], scratch: ScratchFolder())
        #expect(result.status == 0)
        #expect(!result.stderr.contains("unknown language"))
    }

    @Test("a known language no article is in says nothing matches", arguments: [[], ["--json"]])
    func knownLanguageWithoutArticles(json: [String]) throws {
        let result = try Self.azad(["list", "--language", "ja"] + json, scratch: ScratchFolder())
        #expect(result.status == 0)
        #expect(result.stdout == (json.isEmpty ? "" : "[]\n"))
        #expect(result.stderr == "azad: no articles match\n")
    }

    @Test(
        "a search that finds nothing says so on stderr, stdout empty or []",
        arguments: ["qqqzzzxxx", "ناموجودترین", "不存在的词", "🦖🦖", "e\u{301}e\u{301}zz"])
    func searchWithoutResults(query: String) throws {
        let scratch = ScratchFolder()
        let plain = try Self.azad(["search", query], scratch: scratch)
        #expect(plain.status == 0)
        #expect(plain.stdout == "")
        #expect(plain.stderr == "azad: no articles match\n")
        let json = try Self.azad(["search", query, "--json"], scratch: scratch)
        #expect(json.status == 0)
        #expect(json.stdout == "[]\n")
        #expect(json.stderr == "azad: no articles match\n")
    }

    @Test("a search that finds something says nothing on stderr")
    func searchWithResults() throws {
        let result = try Self.azad(["search", "Kabul"], scratch: ScratchFolder())
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(!result.stdout.isEmpty)
    }
}
