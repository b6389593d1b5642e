import AzadCore
import Foundation
import Testing

@testable import AzadUI

/// Suspend, open-source, save and pipe as the logic sees them: each asks the app for an effect, and
/// the answers come back as messages, so the whole dialogue is tested without a terminal.
@Suite struct OutsideOperationTests {
    static let linked = Article(
        path: "/feed/linked.txt", title: "Kabul: «نان» & 漢字 / 🙂 e\u{301}", authors: ["A. Writer", "نویسنده"],
        date: CivilDate(year: 2016, month: 2, day: 21), dateText: "۲ حوت ۱۳۹۴", language: "en",
        source: "http://www.afgazad.com/a/b_c.pdf",
        blocks: [Block(.paragraph, "First paragraph of words."), Block(.verse, "مصراع یک\tمصراع دو")])

    /// A reader with `articles`, the first one open in the pane.
    static func opened(_ articles: [Article] = [linked]) -> Reader {
        let reader = ReaderFixture.reader(library: FixtureLibrary(articles))
        reader.logic.settings.saveFolder = "/home/reader/Downloads"
        reader.logic.settings.homeFolder = "/home/reader"
        reader.handle(.enter)
        return reader
    }

    static func typeKeys(_ text: String, into reader: Reader) -> [Effect] {
        text.flatMap { reader.send(.key(.character($0))) }
    }

    @Test func controlZAsksToSuspendInEveryMode() {
        let reader = Self.opened()
        #expect(reader.handle(.control("z")) == .suspend)
        reader.handle(.character("/"))
        #expect(reader.state.mode == .searchPrompt)
        #expect(reader.handle(.control("z")) == .suspend)
        #expect(reader.state.mode == .searchPrompt, "suspending leaves the prompt as it was")
    }

    @Test func oOpensTheSanitisedSourceURL() {
        let reader = Self.opened()
        #expect(reader.handle(.character("o")) == .openURL("http://www.afgazad.com/a/b_c.pdf"))
        reader.send(.ran(ExternalRun(name: "firefox", purpose: .open(url: "http://x.org/"), outcome: .started)))
        #expect(reader.state.message == "opened http://x.org/ with firefox")
    }

    @Test(
        arguments: [
            ("file:///etc/passwd", nil), ("javascript:alert(1)", nil), ("http://x.org/a b", nil),
            ("http://x.org/\u{1B}]8;;evil", nil),
            ("https://afgazad.com/fa/مقاله", "https://afgazad.com/fa/%D9%85%D9%82%D8%A7%D9%84%D9%87"),
            ("HTTPS://AFGAZAD.COM/x", "HTTPS://AFGAZAD.COM/x"), ("http://", nil), ("-oProxyCommand=x", nil),
            ("http://x.org/\u{202E}gpj", nil), (" https://x.org/ok ", "https://x.org/ok"),
        ] as [(String, String?)])
    func onlyHttpURLsAreOpened(source: String, expected: String?) {
        #expect(SourceLink.sanitized(source) == expected)
    }

    @Test func aSourceThatIsNotHttpIsAWarningInTheLog() {
        var article = Self.linked
        article.source = "ftp://afgazad.com/x"
        let reader = Self.opened([article])
        #expect(reader.handle(.character("o")) == .none)
        #expect(reader.state.message?.contains("not an http or https URL: ftp://afgazad.com/x") == true)
        #expect(reader.state.log.entries.last?.kind == .warning)
    }

    @Test func aMissingBrowserIsAnErrorThatHoldsTheStatusLine() {
        let reader = Self.opened()
        reader.send(
            .ran(
                ExternalRun(
                    name: "xdg-open", purpose: .open(url: "http://x.org/"),
                    outcome: .failed("no browser: $BROWSER is not set and xdg-open is not installed"))))
        #expect(
            reader.state.message
                == "could not open the source URL: no browser: $BROWSER is not set and xdg-open is not installed")
        reader.send(.message("sync done"))
        reader.send(.logged(.init(.note, "sync done")))
        #expect(reader.state.message?.hasPrefix("could not open the source URL") == true)
        reader.handle(.character("j"))
        #expect(reader.state.message == nil)
    }

    @Test func saveOffersTheDownloadFolderAndAsksBeforeOverwriting() {
        let reader = Self.opened()
        reader.handle(.character("S"))
        #expect(reader.state.mode == .textPrompt)
        let offered = "/home/reader/Downloads/Kabul-«نان»-漢字-🙂-e\u{301}.txt"
        #expect(reader.state.textPrompt?.line.text == offered)
        // C-u clears the line, as at the search prompt; a `~` is the home folder.
        reader.handle(.control("u"))
        _ = Self.typeKeys("~/نان.txt", into: reader)
        // The logic alone: the reader would write the file itself.
        let effects = reader.logic.update(.key(.enter))
        let request = SaveRequest(path: "/home/reader/نان.txt", text: Self.linked.logicalText)
        #expect(effects == [.saveText(request)])
        #expect(reader.state.mode == .browse)
        // The file is there: the reader asks; `n` leaves it.
        reader.send(.saveAnswered(request, .exists))
        #expect(reader.state.mode == .textPrompt)
        #expect(reader.state.textPrompt?.label == "/home/reader/نان.txt exists. Overwrite? (y/n)")
        #expect(reader.logic.update(.key(.character("n"))).isEmpty)
        #expect(reader.state.message == "not saved")
        // Asked again, `y` overwrites.
        reader.send(.saveAnswered(request, .exists))
        var overwrite = request
        overwrite.overwrite = true
        #expect(reader.logic.update(.key(.character("y"))) == [.saveText(overwrite)])
        reader.send(.saveAnswered(overwrite, .saved))
        #expect(reader.state.message == "saved to /home/reader/نان.txt")
        reader.send(.saveAnswered(overwrite, .failed("Permission denied")))
        #expect(
            reader.state.log.entries.last == .init(.error, "could not save /home/reader/نان.txt: Permission denied"))
    }

    @Test func escapeAtTheSavePromptSavesNothing() {
        let reader = Self.opened()
        reader.handle(.character("S"))
        #expect(reader.send(.key(.escape)).isEmpty)
        #expect(reader.state.mode == .browse)
        #expect(reader.state.textPrompt == nil)
    }

    @Test func pipeSendsTheLogicalTextToTheTypedCommand() {
        let reader = Self.opened()
        reader.handle(.character("|"))
        #expect(reader.state.textPrompt?.label == "Pipe to")
        // Keys that are operations elsewhere type themselves here.
        _ = Self.typeKeys("wc -w | tr -d ' '", into: reader)
        #expect(reader.send(.key(.enter)) == [.pipe(command: "wc -w | tr -d ' '", text: Self.linked.logicalText)])
        reader.send(.ran(ExternalRun(name: "false", purpose: .pipe, outcome: .exited(1))))
        #expect(reader.state.message == "false: exit status 1")
        #expect(reader.state.log.entries.last?.kind == .warning)
    }

    @Test func withNoArticleOpenSaveAndPipeSaySo() {
        let reader = ReaderFixture.reader()
        for key in ["S", "|", "o"] {
            #expect(reader.handle(.character(Character(key))) == .none)
            #expect(reader.state.message?.hasPrefix("open an article first: \(key)") == true)
            #expect(reader.state.mode == .browse)
        }
    }

    @Test func theLogicalTextHasTheHeaderThenTheBlocks() {
        #expect(
            Self.linked.logicalText
                == "Kabul: «نان» & 漢字 / 🙂 e\u{301}\nA. Writer, نویسنده\n۲ حوت ۱۳۹۴\nhttp://www.afgazad.com/a/b_c.pdf\n\n"
                + "First paragraph of words.\n\nمصراع یک\tمصراع دو\n")
    }

    @Test(arguments: [
        ("باران بهاری در دره‌ها", "باران-بهاری-در-دره‌ها.txt"), ("a/b\\c:d", "a-b-c-d.txt"), ("...", "article.txt"),
        ("\u{1B}[31mred", "31mred.txt"), ("د ښار نوې ودانۍ", "د-ښار-نوې-ودانۍ.txt"), ("漢字 🙂", "漢字-🙂.txt"),
        ("-rf *", "rf.txt"), ("e\u{301}\u{202E}x", "e\u{301}-x.txt"),
    ])
    func fileNamesComeFromTitles(title: String, name: String) {
        #expect(SafeFileName.from(title: title) == name)
    }

    @Test func longTitlesMakeNamesOfAtMost200Bytes() {
        let name = SafeFileName.from(title: String(repeating: "افغانستان ", count: 50))
        #expect(name.utf8.count <= 204)
        #expect(name.hasSuffix(".txt"))
    }

    @Test(
        arguments: [
            ([:], ["xdg-open", "http://x.org/"], false), (["BROWSER": "firefox"], ["firefox", "http://x.org/"], false),
            (["BROWSER": "/usr/bin/w3m"], ["/usr/bin/w3m", "http://x.org/"], true),
            (["BROWSER": "lynx -accept_all_cookies:firefox"], ["lynx", "-accept_all_cookies", "http://x.org/"], true),
            (["BROWSER": "chromium --app=%s"], ["chromium", "--app=http://x.org/"], false),
        ] as [([String: String], [String], Bool)])
    func theBrowserComesFromTheEnvironment(environment: [String: String], arguments: [String], isText: Bool) {
        let browser = Browser(environment: environment)
        #expect(browser.arguments(for: "http://x.org/") == arguments)
        #expect(browser.isText == isText)
    }
}
