/// An error a person reads, which can say itself in the interface's language.
///
/// `description` stays English (for logs and for English output); where the error is shown,
/// `description(in:)` gives it in the language the interface speaks.
public protocol TranslatableError: Error, CustomStringConvertible {
    /// The error's one-line description in `translation`'s language.
    func description(in translation: Translation) -> String
}
