import Foundation

/// The command tree as ArgumentParser describes it (`--experimental-dump-help`): the parts of its
/// JSON the manual page reads.
struct HelpDump: Decodable {
    struct Command: Decodable {
        var commandName: String
        var abstract: String?
        var discussion: String?
        var shouldDisplay: Bool?
        var subcommands: [Command]?
        var arguments: [Argument]?
    }

    struct Argument: Decodable {
        struct Name: Decodable {
            var kind: String
            var name: String
        }

        var kind: String
        var shouldDisplay: Bool
        var isOptional: Bool
        var isRepeating: Bool
        var names: [Name]?
        var valueName: String?
        var defaultValue: String?
        var abstract: String?
        var discussion: String?

        /// `-h, --help`, `--feed <feed>`, `<article>`: the argument as the manual writes it.
        var synopsis: String {
            let value = valueName.map { "<\($0)>" } ?? ""
            guard kind != "positional" else { return value + (isRepeating ? " ..." : "") }
            let spelled = (names ?? []).map { $0.kind == "short" ? "-\($0.name)" : "--\($0.name)" }
            let joined = spelled.joined(separator: ", ")
            return kind == "option" ? "\(joined) \(value)" : joined
        }

        /// The long name, or the value name of a positional argument.
        var key: String { names?.first(where: { $0.kind == "long" })?.name ?? valueName ?? "" }
    }

    var command: Command

    init(json: String) throws {
        self = try JSONDecoder().decode(HelpDump.self, from: Data(json.utf8))
    }
}
