import Foundation
import Testing

/// `azad masthead` as a user runs it, its Persian lines checked against GNU FriBidi.
@Suite struct MastheadCommandTests {
    /// The Persian lines the masthead may print, in logical order: the name, the couplet lines
    /// whole (half-lines three spaces apart) and as half-lines, and the section's Persian half.
    static let halves = [
        ["همه سر به سر تن به کشتن دهیم", "از آن به که کشور به دشمن دهیم"],
        ["چو کشور نباشد تن من مباد", "بدین بوم وبر زنده یک تن مباد"],
    ]
    static let persianLines =
        ["افغانستان آزاد ــ آزاد افغانستان", "زبان های اروپائی"] + halves.flatMap { $0 }
        + halves.map {
            $0.joined(separator: "   ")
        }

    /// FriBidi's shaped visual form of each line, right to left.
    static func fribidi(_ lines: [String]) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/fribidi")
        process.arguments = ["--nopad", "--nobreak", "--reordernsm", "--clean", "--rtl"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    static func isArabicScript(_ scalar: Unicode.Scalar) -> Bool {
        (0x0600...0x06FF).contains(scalar.value) || (0xFB50...0xFEFF).contains(scalar.value)
    }

    @Test("Persian lines are FriBidi's, right-aligned within the width", arguments: [40, 64, 80, 120])
    func persianLinesMatchFriBidi(width: Int) throws {
        let visual = Set(try Self.fribidi(Self.persianLines))
        #expect(visual.count == Self.persianLines.count)
        for language in ["fa", "en"] {
            let result = try AzadProcess.run([
                "masthead", "--lang", language, "--width", String(width), "--bidi", "visual",
            ])
            #expect(result.status == 0, "\(result.stderr)")
            let rows = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(rows.count >= 6)
            var persianRows = 0
            for row in rows {
                // No combining marks or wide characters in the masthead: a character is a column.
                #expect(row.count <= width, "«\(row)» is wider than \(width)")
                #expect(!row.hasSuffix(" "))
                guard row.unicodeScalars.contains(where: Self.isArabicScript) else { continue }
                persianRows += 1
                #expect(row.count == width, "a Persian row reaches the right edge: «\(row)»")
                // The Persian part is what follows the gap (the section row has English at the left).
                let persian = row.components(separatedBy: "    ").last!.trimmingCharacters(in: .whitespaces)
                #expect(visual.contains(persian), "«\(persian)» is not FriBidi's visual form of a masthead line")
            }
            #expect(persianRows >= (language == "fa" ? 4 : 3))
        }
    }

    @Test func englishMastheadOpensWithTheEnglishName() throws {
        let result = try AzadProcess.run(["masthead", "--lang", "en", "--width", "80"])
        #expect(result.status == 0)
        let rows = result.stdout.split(separator: "\n").map(String.init)
        #expect(rows.first == "Afghanistan Azad — Azad Afghanistan")
        #expect(rows.contains("AA-AA"))
        #expect(rows.contains { $0.hasPrefix("www.afgazad.com ") && $0.hasSuffix("afgazad@gmail.com") })
        #expect(rows.contains { $0.hasPrefix("European Languages ") })
    }

    @Test("Without a terminal and without --width, the masthead is 80 columns wide")
    func defaultWidth() throws {
        let result = try AzadProcess.run(["masthead"])
        #expect(result.status == 0)
        let rows = result.stdout.split(separator: "\n").map(String.init)
        #expect(rows.first?.count == 80)
        #expect(rows.allSatisfy { $0.count <= 80 })
    }

    @Test func compactFormIsOneLine() throws {
        let result = try AzadProcess.run(["masthead", "--lang", "en", "--compact", "--width", "20"])
        #expect(result.status == 0)
        #expect(result.stdout == "Afghanistan Azad — …\n")
    }

    @Test func terminalModePrintsLogicalOrder() throws {
        let result = try AzadProcess.run(["masthead", "--bidi", "terminal", "--width", "60"])
        #expect(result.status == 0)
        #expect(result.stdout.split(separator: "\n").first?.hasSuffix("افغانستان آزاد ــ آزاد افغانستان") == true)
    }

    @Test(arguments: [
        (["--width", "0"], "azad: --width must be from 1 to 10000, not 0 (see azad masthead --help)\n"),
        (
            ["--lang", "de"],
            "azad: The value 'de' is invalid for '--lang <lang>'. Please provide one of 'fa' and 'en' (see azad masthead --help)\n"
        ),
    ])
    func badArgumentsFail(arguments: [String], message: String) throws {
        let result = try AzadProcess.run(["masthead"] + arguments)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == message)
    }
}

extension MastheadCommandTests {
    @Test("The configuration's masthead language and bidi mode are the defaults; options override them")
    func configurationDefaults() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("azad-masthead-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("config.toml")
        try "masthead = \"en\"\nbidi = \"terminal\"\n".write(to: config, atomically: true, encoding: .utf8)
        let configured = try AzadProcess.run(["masthead", "--config", config.path, "--width", "60"])
        #expect(configured.status == 0, "\(configured.stderr)")
        let rows = configured.stdout.split(separator: "\n").map(String.init)
        #expect(rows.first == "Afghanistan Azad — Azad Afghanistan")
        #expect(rows.contains { $0.contains("همه سر به سر تن به کشتن دهیم") }, "logical order from the configuration")
        let overridden = try AzadProcess.run([
            "masthead", "--config", config.path, "--width", "60", "--lang", "fa", "--bidi", "visual",
        ])
        #expect(overridden.stdout.split(separator: "\n").first?.hasSuffix("افغانستان آزاد ــ آزاد افغانستان") == false)
        #expect(overridden.stdout.unicodeScalars.contains { (0xFE70...0xFEFF).contains($0.value) })
    }
}
