import ArgumentParser
import AzadCore
import Foundation

/// `azad parse FILE… [--json]`: the parser on files, without the cache.
struct ParseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse export files without the cache.",
        discussion: """
            With --json, prints a JSON array with one element per file: the article's path, title, \
            subtitle, authors, date, dateText, language, section, source, blocks and warnings, or, for a \
            file that cannot be read, its path and an error. Exits non-zero when any file could not be read.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print the articles as a JSON array.")
    var json = false

    @Argument(help: "Export files to parse.")
    var files: [String]

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("Name at least one export file.") }
    }

    func run() async throws {
        var results: [ParseOutcome] = []
        for file in files {
            do {
                var article = try ExportParser.parse(contentsOf: URL(fileURLWithPath: file))
                // Every element names its file as the command line did, readable or not.
                article.path = file
                results.append(.article(article))
            } catch let error as ImportError {
                results.append(.failure(path: file, message: error.message))
            } catch {
                results.append(.failure(path: file, message: "\(error)"))
            }
        }
        if json {
            let array = JSONValue.array(results.map(\.json))
            FileHandle.standardOutput.write(Data((array.serialized() + "\n").utf8))
        } else {
            var output = ""
            for (index, result) in results.enumerated() {
                if index > 0 { output += "\n" }
                output += result.summary
            }
            FileHandle.standardOutput.write(Data(output.utf8))
        }
        let failures = results.filter(\.isFailure).count
        if failures > 0 {
            FileHandle.standardError.write(
                Data("azad parse: \(failures) of \(results.count) file(s) could not be read\n".utf8))
            throw ExitCode(1)
        }
    }
}

/// One element of `azad parse`'s output: an article, or why a file could not be read.
enum ParseOutcome {
    case article(Article)
    case failure(path: String, message: String)

    var isFailure: Bool {
        if case .failure = self { return true }
        return false
    }

    /// The element of the JSON array: the article, or `{"path": …, "error": …}`.
    var json: JSONValue {
        switch self {
        case .article(let article): return article.json
        case .failure(let path, let message): return .object([("path", .string(path)), ("error", .string(message))])
        }
    }

    /// A few lines a person reads: what the parser found and what it guessed.
    var summary: String {
        switch self {
        case .failure(let path, let message):
            return "\(printable(path))\n  error: \(printable(message))\n"
        case .article(let article):
            var lines = [printable(article.path)]
            func add(_ label: String, _ value: String?) {
                guard let value, !value.isEmpty else { return }
                lines.append("  \(label): \(printable(value))")
            }
            add("title", article.title)
            add("subtitle", article.subtitle)
            add("authors", article.authors.joined(separator: ", "))
            let date = article.date.map { date in
                article.dateText.map { "\(date.iso) (\($0))" } ?? date.iso
            }
            add("date", date ?? article.dateText.map { "? (\($0))" })
            add("language", article.language)
            add("section", article.section)
            add("source", article.source)
            let counts = Block.Kind.allCases.map { kind in
                "\(article.blocks.filter { $0.kind == kind }.count) \(kind.rawValue)s"
            }
            add("blocks", counts.joined(separator: ", "))
            for warning in article.warnings { add("warning", warning) }
            return lines.joined(separator: "\n") + "\n"
        }
    }
}

/// A value from a file, safe for the terminal and kept on one line.
private func printable(_ text: String) -> String {
    Sanitizer.sanitized(text, singleLine: true)
}
