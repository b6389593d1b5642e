import ArgumentParser
import AzadCore

/// The names of azad's commands, as the front door checks the one a user typed.
enum CommandName {
    /// Every command's name, hidden ones included.
    static let all: [String] = Azad.configuration.subcommands.compactMap { $0.configuration.commandName }

    /// The commands `azad --help` lists.
    static let listed: [String] = Azad.configuration.subcommands.filter { $0.configuration.shouldDisplay }
        .compactMap { $0.configuration.commandName }

    /// The first word of `arguments` that is not an option or an option's value: the command, when
    /// one is named (the reader, the default command, takes no words).
    static func firstWord(in arguments: [String]) -> String? {
        firstWordIndex(in: arguments).map { arguments[$0] }
    }

    /// `arguments` with the command named first: `azad --feed DIR list` is `azad list --feed DIR`, as
    /// every command takes the global options (ArgumentParser would give them to the default command).
    static func commandFirst(_ arguments: [String]) -> [String] {
        guard let index = firstWordIndex(in: arguments), index > 0, all.contains(arguments[index]) else {
            return arguments
        }
        var reordered = arguments
        reordered.remove(at: index)
        reordered.insert(arguments[index], at: 0)
        return reordered
    }

    private static func firstWordIndex(in arguments: [String]) -> Int? {
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" { return nil }
            if !argument.hasPrefix("-") { return index }
            // An option that takes its value in the next argument.
            if GlobalOptions.valueOptions.contains(argument) || ReadCommand.valueOptions.contains(argument)
                || argument == "--generate-completion-script"
            {
                index += 1
            }
            index += 1
        }
        return nil
    }

    /// `azad help [COMMAND]`'s arguments without the options that choose the help's language
    /// (`--ui-language`, `--config`, anywhere): `help` takes no options, and `HelpLanguage` has
    /// read them already.
    static func withoutLanguageOptions(_ arguments: [String]) -> [String] {
        var kept: [String] = []
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--ui-language" || argument == "--config" {
                index += 2
                continue
            }
            if !argument.hasPrefix("--ui-language="), !argument.hasPrefix("--config=") { kept.append(argument) }
            index += 1
        }
        return kept
    }

    /// `unknown command "serch" (did you mean "search"?); commands: read, sync, …`.
    static func unknownMessage(_ word: String, _ t: Translation = .english) -> String {
        let commands = listed.joined(separator: ", ")
        guard let suggestion = suggestion(for: word) else {
            return t.tr(
                "unknown command “{word}”; commands: {commands} (azad --help describes them)",
                ["word": word, "commands": commands])
        }
        return t.tr(
            "unknown command “{word}” (did you mean “{suggestion}”?); commands: {commands} (azad --help describes them)",
            ["word": word, "suggestion": suggestion, "commands": commands])
    }

    /// The listed command `word` is closest to, when it is a likely typo of it: a prefix of it, or
    /// at most one edit away per three letters.
    static func suggestion(for word: String) -> String? {
        let typed = word.lowercased()
        if typed.count >= 2, let prefixed = listed.first(where: { $0.hasPrefix(typed) }) { return prefixed }
        let scored = listed.map { (name: $0, distance: editDistance(typed, $0)) }
        guard let best = scored.min(by: { $0.distance < $1.distance }) else { return nil }
        return best.distance <= max(1, best.name.count / 3) ? best.name : nil
    }

    /// Levenshtein distance over characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
