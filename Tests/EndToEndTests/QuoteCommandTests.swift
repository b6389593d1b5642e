import Foundation
import Testing

/// `azad quote`: the quoted block lands in the clipboard file byte for byte, or nothing is written.
@Suite struct QuoteCommandTests {
    static let masthead = """
        افغانستان آزاد ــ آزاد افغانستان

        AA-AA

        همه سر به سر تن به کشتن دهیم از آن به که کشور به دشمن دهیم

        چو کشور نباشد تن من مباد بدین بوم وبر زنده یک تن مباد

        www.afgazad.com\tafgazad@gmail.com

        """

    /// Exports in each language, and the block the tests quote from each (as the file holds it).
    static let exports: [(name: String, text: String, paragraph: Int, expected: String, solar: String?)] = [
        (
            "persian-with-zwnj.txt",
            masthead + """
                سیاسی

                نویسنده: احمد کریمی

                ۲ حوت ۱۳۹۴

                کتابخانه‌های کوچک شهر

                کتابخانه‌های کوچک در کوچه‌های شهر کهنه هنوز باز اند و کودکان بعد از مکتب به آنجا می‌روند.

                کتابدار پیر می‌گوید که هر کتاب یک دروازه است و هر خواننده یک مسافر.

                """, 2, "کتابدار پیر می‌گوید که هر کتاب یک دروازه است و هر خواننده یک مسافر.", "۲ حوت ۱۳۹۴"
        ),
        (
            "pashto.txt",
            masthead + """
                ټولنیز

                لیکوال: ګل احمد

                ۱ کب ۱۴۰۲

                د کلي ښوونځی

                د کلي ښوونځی د ژمي په سړو ورځو کې هم خلاص و، او ماشومانو به لرګي له ځان سره راوړل.

                ښوونکي ویل چې زده کړه د ټولو حق دی.

                """, 1, "د کلي ښوونځی د ژمي په سړو ورځو کې هم خلاص و، او ماشومانو به لرګي له ځان سره راوړل.",
            "۱ کب ۱۴۰۲"
        ),
        (
            "english.txt",
            masthead.replacingOccurrences(
                of: "www.afgazad.com\tafgazad@gmail.com\n",
                with: "www.afgazad.com\tafgazad@gmail.com\nEuropean Languages\tزبان های اروپائی\n")
                    + """

                    http://www.example.org/news/libraries_open_late

                    Libraries Open Late in the Old City

                    By Jane Roe

                    03/05/2019

                    Small libraries in the old quarter now stay open until nine in the evening.

                    Readers bring their own lamps when the power fails, and nobody seems to mind.

                    """, 2, "Readers bring their own lamps when the power fails, and nobody seems to mind.", nil
        ),
    ]

    static func environment(_ scratch: ScratchFolder) -> [String: String] {
        [
            "HOME": scratch.url.path, "XDG_CONFIG_HOME": scratch.file("config").path,
            "XDG_DATA_HOME": scratch.file("data").path, "XDG_CACHE_HOME": scratch.file("cache").path,
            "AZAD_CACHE_DIR": "", "NO_COLOR": "",
        ]
    }

    static func write(_ text: String, to file: URL) throws {
        try Data(text.utf8).write(to: file)
    }

    @Test(arguments: exports.indices)
    func aBlockGoesToTheDefaultClipboardFileByteForByte(index: Int) throws {
        let export = Self.exports[index]
        let scratch = ScratchFolder()
        let file = scratch.file(export.name)
        try Self.write(export.text, to: file)
        let result = try AzadProcess.run(
            ["quote", file.path, "--paragraph", "\(export.paragraph)"], environment: Self.environment(scratch))
        #expect(result.status == 0, "\(result.stderr)")
        let clipboard = scratch.file("data/azad/clipboard.txt")
        let bytes = try Data(contentsOf: clipboard)
        let text = String(decoding: bytes, as: UTF8.self)
        let lines = text.components(separatedBy: "\n")
        #expect(lines[0].hasPrefix("--- azad quote ") && lines[0].hasSuffix(", 1 line"))
        #expect(lines[1] == export.expected)
        #expect(Array(lines[1].utf8) == Array(export.expected.utf8))
        #expect(lines[2] == "--- from")
        #expect(lines.contains("file: \(file.path)"))
        #expect(lines.contains { $0.hasPrefix("title: ") && $0.count > 7 })
        if let solar = export.solar {
            #expect(lines.contains("solar date: \(solar)"))
        } else {
            #expect(!lines.contains { $0.hasPrefix("solar date: ") })
        }
        #expect(text.hasSuffix("--- end\n\n"))
        #expect(result.stdout.contains(clipboard.path))
        let folder = try FileManager.default.attributesOfItem(atPath: clipboard.deletingLastPathComponent().path)
        #expect((folder[.posixPermissions] as? Int) == 0o700)
        let attributes = try FileManager.default.attributesOfItem(atPath: clipboard.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func toConfigAndClipboardOptionChooseTheFile() throws {
        let scratch = ScratchFolder()
        let export = Self.exports[0]
        let file = scratch.file(export.name)
        try Self.write(export.text, to: file)
        try FileManager.default.createDirectory(at: scratch.file("config/azad"), withIntermediateDirectories: true)
        try Self.write("clipboard = \"~/from-config.txt\"\n", to: scratch.file("config/azad/config.toml"))
        let env = Self.environment(scratch)
        let arguments = ["quote", file.path, "--paragraph", "1"]
        #expect(try AzadProcess.run(arguments, environment: env).status == 0)
        #expect(
            try AzadProcess.run(
                arguments + ["--clipboard", "option.txt"], environment: env, currentDirectory: scratch.url
            ).status == 0)
        #expect(
            try AzadProcess.run(
                arguments + ["--clipboard", "option.txt", "--to", "to.txt"], environment: env,
                currentDirectory: scratch.url
            ).status == 0)
        for name in ["from-config.txt", "option.txt", "to.txt"] {
            let text = try String(contentsOf: scratch.file(name), encoding: .utf8)
            #expect(text.components(separatedBy: "--- azad quote ").count == 2, "\(name)")
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.file("data/azad/clipboard.txt").path))
    }

    @Test func anArticleIsFoundByItsCacheID() throws {
        let scratch = ScratchFolder()
        let feed = scratch.file("feed")
        try FileManager.default.createDirectory(at: feed, withIntermediateDirectories: true)
        let export = Self.exports[2]
        try Self.write(export.text, to: feed.appendingPathComponent(export.name))
        let env = Self.environment(scratch)
        let list = try AzadProcess.run(["list", "--json", "--feed", feed.path], environment: env)
        #expect(list.status == 0, "\(list.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        let id = try #require(rows.first?["id"] as? Int)
        let clipboard = scratch.file("clipboard.txt")
        let result = try AzadProcess.run(
            ["quote", "\(id)", "--paragraph", "\(export.paragraph)", "--to", clipboard.path, "--feed", feed.path],
            environment: env)
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: clipboard, encoding: .utf8)
        #expect(text.contains("\n\(export.expected)\n--- from\n"))
        #expect(text.contains("\nfile: \(feed.appendingPathComponent(export.name).path)\n"))
        let missing = try AzadProcess.run(
            ["quote", "999999", "--paragraph", "1", "--to", clipboard.path, "--feed", feed.path], environment: env)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no article with id 999999 in the cache"))
    }

    /// 0 is not a block number at all (a usage error, 2); 3 and 99 are past the article's end (1).
    @Test(arguments: [(0, 2), (3, 1), (99, 1)] as [(Int, Int32)])
    func anOutOfRangeBlockWritesNothing(paragraph: Int, status: Int32) throws {
        let scratch = ScratchFolder()
        let file = scratch.file("persian.txt")
        try Self.write(Self.exports[0].text, to: file)
        let clipboard = scratch.file("clipboard.txt")
        try Self.write("earlier\n", to: clipboard)
        let result = try AzadProcess.run(
            ["quote", file.path, "--paragraph", "\(paragraph)", "--to", clipboard.path],
            environment: Self.environment(scratch))
        #expect(result.status == status)
        #expect(
            result.stderr.contains(
                paragraph == 0 ? "--paragraph counts from 1" : "has 2 blocks: --paragraph \(paragraph) is out of range")
        )
        #expect(try String(contentsOf: clipboard, encoding: .utf8) == "earlier\n")
    }

    @Test func aMissingArticleIsAnError() throws {
        let scratch = ScratchFolder()
        let result = try AzadProcess.run(
            ["quote", scratch.file("nothing-here.txt").path, "--paragraph", "1"], environment: Self.environment(scratch)
        )
        #expect(result.status == 1)
        #expect(result.stderr.contains("no article with id or path"))
        #expect(!FileManager.default.fileExists(atPath: scratch.file("data").path))
    }

    @Test func aFolderOrAFullDiskAsTargetIsAClearError() throws {
        let scratch = ScratchFolder()
        let file = scratch.file("persian.txt")
        try Self.write(Self.exports[0].text, to: file)
        let folder = scratch.file("a-folder")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        let intoFolder = try AzadProcess.run(
            ["quote", file.path, "--paragraph", "1", "--to", folder.path], environment: Self.environment(scratch))
        #expect(intoFolder.status == 1)
        #expect(intoFolder.stderr.contains("cannot save the quote to \(folder.path): it is a folder"))
        let full = try AzadProcess.run(
            ["quote", file.path, "--paragraph", "1", "--to", "/dev/full"], environment: Self.environment(scratch))
        #expect(full.status == 1)
        #expect(full.stderr.contains("cannot save the quote to /dev/full: the disk is full"))
    }

    @Test func aFolderThatIsNotWritableIsAClearErrorAndNothingAppears() throws {
        let scratch = ScratchFolder()
        let file = scratch.file("persian.txt")
        try Self.write(Self.exports[0].text, to: file)
        let locked = scratch.file("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: false)
        chmod(locked.path, 0o555)
        let target = locked.appendingPathComponent("quotes/clipboard.txt")
        // Root writes anywhere: run as nobody then, as a user would be.
        let prefix = geteuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        let result = try Self.runCommand(
            prefix + [AzadProcess.binary.path, "quote", file.path, "--paragraph", "1", "--to", target.path],
            environment: Self.environment(scratch))
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "cannot save the quote to \(target.path): cannot create the folder \(locked.path)/quotes: "
                    + "the folder \(locked.path) is not writable"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: locked.path).isEmpty)
    }

    @Test func aFileThatIsNotWritableIsAClearErrorAndStaysAsItWas() throws {
        let scratch = ScratchFolder()
        let file = scratch.file("persian.txt")
        try Self.write(Self.exports[0].text, to: file)
        let clipboard = scratch.file("clipboard.txt")
        try Self.write("mine alone\n", to: clipboard)
        chmod(clipboard.path, 0o444)
        let prefix = geteuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        let result = try Self.runCommand(
            prefix + [AzadProcess.binary.path, "quote", file.path, "--paragraph", "1", "--to", clipboard.path],
            environment: Self.environment(scratch))
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot save the quote to \(clipboard.path): the file is not writable"))
        #expect(try String(contentsOf: clipboard, encoding: .utf8) == "mine alone\n")
    }

    @Test func aWriteCutShortLeavesTheFileAsItWas() throws {
        let scratch = ScratchFolder()
        let export = scratch.file("long.txt")
        let long = String(repeating: "کتابخانه‌های کوچک شهر هنوز باز اند و کودکان به آنجا می‌روند. ", count: 40)
        try Self.write(Self.exports[0].text + "\n" + long + "\n", to: export)
        let clipboard = scratch.file("clipboard.txt")
        // A file size limit stops the write part-way, as a disk filling up does; SIGXFSZ ignored, the
        // write returns short and then EFBIG. The limit is 1 MiB, not less: ThreadSanitizer's runtime
        // writes 512 KiB to a file of its own at start-up (/tmp/tsan.rodata.PID, unlinked, then mapped
        // as the shadow of read-only data), and under a smaller limit that write is cut short and azad
        // dies of SIGBUS reading the mapping past the file's end before main. So the clipboard starts
        // 100 bytes under the limit, where no quote fits beside its header.
        let limit = 1_048_576
        let note = "an earlier note that must survive\n"
        let earlier = String(repeating: note, count: (limit - 100) / note.utf8.count)
        try Self.write(earlier, to: clipboard)
        let script = "trap '' XFSZ; exec prlimit --fsize=\(limit) \"$0\" quote \"$1\" --paragraph 3 --to \"$2\""
        let result = try Self.runCommand(
            ["/bin/sh", "-c", script, AzadProcess.binary.path, export.path, clipboard.path],
            environment: Self.environment(scratch))
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("cannot save the quote to \(clipboard.path): the file has reached the size limit"))
        #expect(try Data(contentsOf: clipboard) == Data(earlier.utf8))
    }

    @Test func concurrentProcessesAppendWholeEntriesAndLoseNone() throws {
        let scratch = ScratchFolder()
        let file = scratch.file("pashto.txt")
        let export = Self.exports[1]
        try Self.write(export.text, to: file)
        let clipboard = scratch.file("clipboard.txt")
        let processes = 12
        // Every process is started before any is waited on, so all twelve contend for the file.
        let running = try (0..<processes).map { index in
            try AzadProcess.start(
                ["quote", file.path, "--paragraph", "\(index % 2 + 1)", "--to", clipboard.path],
                environment: Self.environment(scratch))
        }
        let results = running.map { $0.wait() }
        for result in results { #expect(result.status == 0, "\(result.stderr)") }
        let text = try String(contentsOf: clipboard, encoding: .utf8)
        let entries = text.components(separatedBy: "--- azad quote ").dropFirst()
        #expect(entries.count == processes)
        let second = "ښوونکي ویل چې زده کړه د ټولو حق دی."
        for entry in entries {
            let lines = entry.components(separatedBy: "\n")
            #expect(lines[0].hasSuffix(", 1 line"))
            #expect(lines[1] == export.expected || lines[1] == second)
            #expect(lines[2] == "--- from")
            #expect(entry.hasSuffix("--- end\n\n"))
        }
        #expect(entries.filter { $0.contains("\n\(second)\n") }.count == processes / 2)
    }

    /// Runs any command line, for the tests that need a shell or another user around `azad`.
    static func runCommand(_ arguments: [String], environment: [String: String]) throws -> AzadProcess.Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return AzadProcess.Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
