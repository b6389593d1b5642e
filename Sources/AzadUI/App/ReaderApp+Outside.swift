import AzadCore
import Foundation

/// The programs the reader hands work to: a browser for the source URL and a shell command for
/// `pipe`, with the terminal handed over while they need it and taken back after.
extension ReaderApp {
    /// Opens `url` (already sanitised) with `$BROWSER` or `xdg-open`: a text browser gets the
    /// terminal until it exits; any other starts in the background, reaped when it ends.
    static func open(
        _ url: String, terminal: Terminal, signals: SignalWatch, _ translation: Translation = .english
    ) -> ExternalRun {
        let environment = ProcessInfo.processInfo.environment
        let browser = Browser(environment: environment)
        let arguments = browser.arguments(for: url)
        func failed(_ failure: ExternalProgram.SpawnFailure) -> ExternalRun {
            let reason =
                environment["BROWSER", default: ""].isEmpty && failure.code == ENOENT
                ? translation.tr("no browser: $BROWSER is not set and xdg-open is not installed")
                : failure.description(in: translation)
            return ExternalRun(name: browser.name, purpose: .open(url: url), outcome: .failed(reason))
        }
        if browser.isText {
            let outcome = terminal.handOver { () -> Result<Int32, ExternalProgram.SpawnFailure> in
                ExternalProgram.spawn(arguments).map(ExternalProgram.wait)
            }
            signals.forget(SIGINT)
            switch outcome {
            case .success(let status):
                return ExternalRun(name: browser.name, purpose: .open(url: url), outcome: .exited(status))
            case .failure(let failure): return failed(failure)
            }
        }
        switch ExternalProgram.spawn(arguments, quiet: true) {
        case .success(let pid):
            ExternalProgram.reapInBackground(pid)
            return ExternalRun(name: browser.name, purpose: .open(url: url), outcome: .started)
        case .failure(let failure): return failed(failure)
        }
    }

    /// Runs `command` with the shell, `text` on its stdin and the terminal handed over; waits for a
    /// key once it ends (as mutt does) so that what it printed can be read.
    static func pipe(
        _ text: String, to command: String, terminal: Terminal, signals: SignalWatch,
        _ translation: Translation = .english
    ) -> ExternalRun {
        let outcome = terminal.handOver { () -> ExternalRun.Outcome in
            let outcome = ExternalProgram.runPiped(command, text: text, translation)
            let status: String
            switch outcome {
            case .exited(let code): status = translation.tr("exit status {status}", ["status": code])
            case .failed(let reason): status = reason
            case .started: status = ""
            }
            Terminal.waitForKey(prompt: "\r\n[\(status)] " + translation.tr("press a key to return to azad") + " ")
            return outcome
        }
        // A Ctrl-C typed at the command reached the reader too; it was meant for the command.
        signals.forget(SIGINT)
        return ExternalRun(name: command, purpose: .pipe, outcome: outcome)
    }
}

extension Reader {
    /// The folder `save` offers and the home folder `~` stands for, from `environment`: the download
    /// folder is `$XDG_DOWNLOAD_DIR`, else the one `user-dirs.dirs` names (as `xdg-user-dir` reads
    /// it), when it is a folder; else the home folder.
    public func useFolders(environment: [String: String]) {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        logic.settings.homeFolder = home
        let configHome = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.config"
        let userDirs = try? String(contentsOfFile: configHome + "/user-dirs.dirs", encoding: .utf8)
        let downloads =
            environment["XDG_DOWNLOAD_DIR"].flatMap { $0.isEmpty ? nil : $0 }
            ?? userDirs.flatMap { Self.downloadFolder(inUserDirs: $0, home: home) }
        var isFolder: ObjCBool = false
        if let downloads, FileManager.default.fileExists(atPath: downloads, isDirectory: &isFolder), isFolder.boolValue
        {
            logic.settings.saveFolder = downloads
        } else {
            logic.settings.saveFolder = home
        }
    }

    /// The `XDG_DOWNLOAD_DIR="$HOME/Downloads"` line of a `user-dirs.dirs` file, `$HOME` expanded.
    static func downloadFolder(inUserDirs text: String, home: String) -> String? {
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("XDG_DOWNLOAD_DIR=") else { continue }
            var value = trimmed.dropFirst("XDG_DOWNLOAD_DIR=".count)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = value.dropFirst().dropLast() }
            let path = value.hasPrefix("$HOME") ? home + value.dropFirst("$HOME".count) : String(value)
            return path.hasPrefix("/") ? path : nil
        }
        return nil
    }
}
