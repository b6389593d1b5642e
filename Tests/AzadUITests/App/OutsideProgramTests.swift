import AzadCore
import Foundation
import Testing

@testable import AzadUI

/// What the app runs for `save` and `pipe`, against the real file system and real processes.
@Suite struct OutsideProgramTests {
    /// A temporary folder removed when the test ends.
    final class ScratchFolder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("azad-ui-\(UUID().uuidString)")
        init() { try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }
        func file(_ name: String) -> URL { url.appendingPathComponent(name) }
    }

    static let texts = [
        "Libraries Open Late\n\nSmall libraries stay open.\n", "کتابخانه‌های کوچک شهر\n\nمصراع یک\tمصراع دو\n",
        "د کلي ښوونځی\n", "漢字 🙂 e\u{301}\n", "bell \u{7} and escape \u{1B}[31m\n",
    ]

    @Test(arguments: texts)
    func saveCreatesAFileAndNeverReplacesOneUnasked(text: String) throws {
        let scratch = ScratchFolder()
        let path = scratch.file("مقاله.txt").path
        #expect(ArticleFile.save(SaveRequest(path: path, text: text)) == .saved)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
        try Data("older\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(ArticleFile.save(SaveRequest(path: path, text: text)) == .exists)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "older\n")
        #expect(ArticleFile.save(SaveRequest(path: path, text: text, overwrite: true)) == .saved)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }

    @Test func aFolderThatIsNotThereIsAFailureWithItsReason() {
        let scratch = ScratchFolder()
        let outcome = ArticleFile.save(SaveRequest(path: scratch.file("missing/x.txt").path, text: "x"))
        #expect(outcome == .failed("No such file or directory"))
    }

    @Test(arguments: texts)
    func aPipedCommandReadsTheTextOnItsStdin(text: String) throws {
        let scratch = ScratchFolder()
        let copy = scratch.file("copy")
        #expect(ExternalProgram.runPiped("cat > '\(copy.path)'", text: text) == .exited(0))
        #expect(try String(contentsOf: copy, encoding: .utf8) == text)
    }

    @Test(arguments: [
        ("exit 3", Int32(3)), ("kill -TERM $$", 143), ("true", 0), ("no-such-command-here 2>/dev/null", 127),
    ])
    func theExitStatusIsTheCommands(command: String, status: Int32) {
        #expect(ExternalProgram.runPiped(command, text: "x\n") == .exited(status))
    }

    /// A command that reads nothing ends the run: the text (larger than a pipe holds) is never waited on.
    @Test func aCommandThatReadsNothingDoesNotBlock() {
        let text = String(repeating: "افغانستان آزاد ", count: 100_000)
        #expect(ExternalProgram.runPiped("exit 0", text: text) == .exited(0))
    }

    /// Commands that read nothing, piped to from several threads at once: writes meet closed pipes,
    /// and none may take the process down with SIGPIPE (a disposition each run set and restored
    /// process-wide would be restored under another run's write).
    @Test func commandsThatReadNothingAtOnceDoNotKillTheProcess() async {
        let texts = ["x\n", "کابل 漢字 🙂\n", String(repeating: "افغانستان ", count: 20_000)]
        let outcomes = await withTaskGroup(of: [ExternalRun.Outcome].self) { group in
            for lane in 0..<4 {
                group.addTask {
                    (0..<100).map { round in
                        ExternalProgram.runPiped(round % 2 == 0 ? "exit 0" : "exit 5", text: texts[(lane + round) % 3])
                    }
                }
            }
            return await group.reduce(into: []) { $0 += $1 }
        }
        #expect(outcomes.count == 400)
        #expect(outcomes.filter { $0 == .exited(0) }.count == 200)
        #expect(outcomes.filter { $0 == .exited(5) }.count == 200)
    }

    @Test func theArticleTextIsNeverPartOfTheCommandLine() throws {
        let scratch = ScratchFolder()
        let marker = scratch.file("marker")
        // Shell syntax in the article is data on stdin: nothing runs it.
        let text = "$(touch '\(marker.path)') `touch '\(marker.path)'`\n"
        #expect(ExternalProgram.runPiped("cat > /dev/null", text: text) == .exited(0))
        #expect(!FileManager.default.fileExists(atPath: marker.path))
    }

    @Test func aMissingProgramIsNamed() {
        guard case .failure(let failure) = ExternalProgram.spawn(["azad-no-such-browser", "http://x.org/"]) else {
            Issue.record("a program that is not there started")
            return
        }
        #expect(failure.description == "azad-no-such-browser not found")
        #expect(
            failure.description(in: Translation.load(.fa, environment: [:])) == "azad-no-such-browser یافت نشد")
        #expect(
            failure.description(in: Translation.load(.ps, environment: [:]))
                == "azad-no-such-browser و نه موندل شو")
    }

    @Test(
        arguments: [
            ("XDG_DOWNLOAD_DIR=\"$HOME/Downloads\"\n", "/home/r/Downloads"),
            ("# comment\nXDG_DESKTOP_DIR=\"$HOME/Desktop\"\nXDG_DOWNLOAD_DIR=\"$HOME/دانلود\"\n", "/home/r/دانلود"),
            ("XDG_DOWNLOAD_DIR=\"/srv/down\"\n", "/srv/down"), ("XDG_DOWNLOAD_DIR=\"relative\"\n", nil), ("", nil),
        ] as [(String, String?)])
    func theDownloadFolderIsReadFromUserDirs(text: String, folder: String?) {
        #expect(Reader.downloadFolder(inUserDirs: text, home: "/home/r") == folder)
    }

    @Test func theSaveFolderIsTheDownloadFolderWhenItIsThereElseHome() throws {
        let scratch = ScratchFolder()
        let downloads = scratch.file("Downloads")
        try FileManager.default.createDirectory(at: downloads, withIntermediateDirectories: true)
        let reader = ReaderFixture.reader()
        reader.useFolders(environment: ["HOME": scratch.url.path, "XDG_DOWNLOAD_DIR": downloads.path])
        #expect(reader.logic.settings.saveFolder == downloads.path)
        reader.useFolders(environment: ["HOME": scratch.url.path, "XDG_DOWNLOAD_DIR": scratch.file("gone").path])
        #expect(reader.logic.settings.saveFolder == scratch.url.path)
        #expect(reader.logic.settings.homeFolder == scratch.url.path)
    }
}
