import ArgumentParser
import AzadCore
import Foundation

/// azad's front door: finds the command, runs it, and reports every failure as one line on stderr.
///
/// Exit statuses: 0 done; 1 the command failed (a file, the cache, the configuration); 2 the command
/// line is wrong (an unknown command, a missing argument, an impossible number). A command may exit
/// with its own status (the reader with the one it ends with).
enum CommandLineRunner {
    static func run(_ arguments: [String]) async {
        let commands = CommandName.all
        if let word = CommandName.firstWord(in: arguments), !commands.contains(word), word != "help" {
            fail(CommandName.unknownMessage(word, translation(for: arguments)), status: 2)
        }
        do {
            let parsed =
                CommandName.firstWord(in: arguments) == "help"
                ? CommandName.withoutLanguageOptions(arguments) : CommandName.commandFirst(arguments)
            var command = try Azad.parseAsRoot(parsed)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            report(error, arguments: arguments)
        }
    }

    /// Prints `error` as one line (help, version and completion scripts as ArgumentParser prints them)
    /// and exits with its status.
    static func report(_ error: any Error, arguments: [String]) -> Never {
        switch error {
        case let exit as ExitCode:
            Foundation.exit(exit.rawValue)
        case let error as any TranslatableError:
            fail(error.description(in: translation(for: arguments)), status: 1)
        case is UserFacingError:
            fail(String(describing: error), status: 1)
        default:
            let code = Azad.exitCode(for: error)
            if code.isSuccess {
                printHelp(Azad.fullMessage(for: error), arguments: arguments)
                Azad.exit(withError: error)
            }
            let whole = Azad.message(for: error)
            var message = whole.split(separator: "\n").first.map(String.init) ?? "\(error)"
            if message.hasSuffix(".") { message.removeLast() }
            guard code == .validationFailure else { fail(message, status: code.rawValue) }
            let command = CommandName.firstWord(in: arguments).map { "azad \($0)" } ?? "azad"
            let t = translation(for: arguments)
            // English as the parser says it (its first line); another language from the whole message.
            if t.language != .en, let translated = ParserErrorMessage.translated(whole, t) { message = translated }
            fail(t.tr("{message} (see {command} --help)", ["message": message, "command": command]), status: 2)
        }
    }

    /// `azad: MESSAGE` on stderr, made safe for the terminal and kept on one line, then exit.
    static func fail(_ message: String, status: Int32) -> Never {
        FileHandle.standardError.write(Data("azad: \(Sanitizer.singleLine(message))\n".utf8))
        Foundation.exit(status)
    }
}
