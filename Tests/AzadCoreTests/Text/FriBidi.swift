import Foundation

/// GNU FriBidi's `fribidi` command, the independent oracle for shaped visual order.
enum FriBidi {
    /// The command (Debian's `libfribidi-bin`, which `.ci/run` installs; without it the tests fail).
    static let path = "/usr/bin/fribidi"

    /// FriBidi's visual line for each logical line, with base direction `rightToLeft` or not.
    ///
    /// `--nopad --nobreak`: no alignment spaces and no wrapping (azad wraps first, then each line is
    /// compared); `--reordernsm`: marks after their base, as azad emits them; `--clean`: explicit
    /// bidi marks and zero-width joiners removed from the output, as azad drops them once shaped.
    static func visual(_ lines: [String], rightToLeft: Bool) throws -> [String] {
        guard !lines.isEmpty else { return [] }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["--nopad", "--nobreak", "--reordernsm", "--clean", rightToLeft ? "--rtl" : "--ltr"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let data = Data((lines.joined(separator: "\n") + "\n").utf8)
        // Write on another thread so a full output pipe cannot deadlock us.
        let writer = Thread {
            input.fileHandleForWriting.write(data)
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let result = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var visual = String(decoding: result, as: UTF8.self).components(separatedBy: "\n")
        if visual.last == "" { visual.removeLast() }
        return visual
    }
}
