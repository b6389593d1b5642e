import Foundation
import Testing

/// The completion scripts `scripts/install` writes (ArgumentParser's, from the binary) parse in
/// their shells and know every command.
@Suite struct CompletionScriptTests {
    static func isInstalled(_ shell: String) -> Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/\(shell)")
    }

    /// Writes `azad --generate-completion-script shell` to a file and checks it with `shell -n`.
    static func check(_ shell: String) throws {
        let scratch = ScratchFolder()
        let result = try AzadProcess.run(["--generate-completion-script", shell])
        #expect(result.status == 0, "\(result.stderr)")
        for command in ["sync", "list", "search", "show", "parse", "quote", "masthead", "config", "themes", "version"] {
            #expect(result.stdout.contains(command), "\(shell) completion lacks \(command)")
        }
        let script = scratch.file("azad.\(shell)")
        try Data(result.stdout.utf8).write(to: script)
        let syntax = try QuoteCommandTests.runCommand(["/usr/bin/\(shell)", "-n", script.path], environment: [:])
        #expect(syntax.status == 0, "\(shell) -n: \(syntax.stderr)")
        #expect(syntax.stderr == "")
    }

    @Test func bashCompletionParses() throws { try Self.check("bash") }

    @Test(.enabled(if: isInstalled("zsh"), "zsh is not installed (.ci/run installs it)"))
    func zshCompletionParses() throws { try Self.check("zsh") }

    @Test(.enabled(if: isInstalled("fish"), "fish is not installed (.ci/run installs it)"))
    func fishCompletionParses() throws { try Self.check("fish") }

    @Test(arguments: [("se", ["search"]), ("s", ["sync", "search", "show"]), ("the", ["themes"])])
    func bashCompletesACommandName(prefix: String, expected: [String]) throws {
        let scratch = ScratchFolder()
        let script = scratch.file("azad.bash")
        try Data(try AzadProcess.run(["--generate-completion-script", "bash"]).stdout.utf8).write(to: script)
        let probe = """
            source '\(script.path)'
            COMP_WORDS=(azad '\(prefix)'); COMP_CWORD=1; COMP_LINE='azad \(prefix)'; COMP_POINT=${#COMP_LINE}
            _azad azad '\(prefix)' azad
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let result = try QuoteCommandTests.runCommand(
            ["/usr/bin/bash", "-c", probe], environment: ["PATH": AzadProcess.binary.deletingLastPathComponent().path])
        #expect(result.status == 0, "\(result.stderr)")
        let offered = Set(result.stdout.split(separator: "\n").map(String.init))
        #expect(offered.isSuperset(of: expected), "\(offered)")
        #expect(offered.allSatisfy { $0.hasPrefix(prefix) }, "\(offered)")
    }
}
