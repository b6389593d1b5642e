import ArgumentParser
import AzadCore

extension ParagraphSpan {
    /// `--paragraph`'s value: a span, or a usage error that names the option.
    static func argument(_ text: String) throws -> ParagraphSpan {
        do {
            return try ParagraphSpan(text)
        } catch {
            throw ValidationError(
                HelpLanguage.tr("--paragraph {problem}", ["problem": error.description(in: HelpLanguage.translation)]))
        }
    }
}
