import ArgumentParser
import AzadCore
import Foundation

/// `azad parse FILE… [--json]`: the parser on files, without the cache.
struct ParseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: HelpLanguage.tr("Parse export files without the cache."),
        discussion: HelpLanguage.tr(
            """
            With --json, prints a JSON array with one element per file: the article's path, title, \
            subtitle, authors, date, dateText, language, section, source, blocks and warnings, or, for a \
            file that cannot be read, its path and an error. Exits non-zero when any file could not be read.
            """
        )
    )

    @OptionGroup var global: GlobalOptions

    @Flag(help: ArgumentHelp(HelpLanguage.tr("Print the articles as a JSON array.")))
    var json = false

    @Argument(help: ArgumentHelp(HelpLanguage.tr("Export files to parse.")))
    var files: [String]

    func run() async throws {
        // Nothing here reads the configuration, but a broken one stops every command alike.
        let translation = try global.resolve().translation
        // JSON is for programs: its errors stay English in every language (docs/DECISIONS.md).
        let wording = json ? Translation.english : translation
        var results: [ParseOutcome] = []
        for file in files {
            do {
                var article = try ExportParser.parse(contentsOf: URL(fileURLWithPath: file))
                // Every element names its file as the command line did, readable or not.
                article.path = file
                results.append(.article(article))
            } catch let error as ImportError {
                results.append(.failure(path: file, message: error.message(in: wording)))
            } catch let error as any TranslatableError {
                results.append(.failure(path: file, message: error.description(in: wording)))
            } catch {
                results.append(.failure(path: file, message: "\(error)"))
            }
        }
        if json {
            JSONOutput.print(.array(results.map(\.json)))
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
            let said = translation.trn(
                "{failures} of {count} file could not be read", "{failures} of {count} files could not be read",
                count: results.count, ["failures": failures])
            FileHandle.standardError.write(Data("azad parse: \(said)\n".utf8))
            throw ExitCode(1)
        }
    }
}
