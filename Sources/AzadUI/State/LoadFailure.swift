import AzadCore

/// Why the library or the reading memory could not give what an effect asked for, as the status
/// line shows it.
public struct LoadFailure: Error, Sendable, Hashable {
    /// The message in English.
    public let message: String
    /// The error, when it can say itself in the interface's language.
    let translatable: (any TranslatableError)?

    public init(_ error: any Error) {
        if let failure = error as? LoadFailure {
            self = failure
            return
        }
        message = "\(error)"
        translatable = error as? any TranslatableError
    }

    /// The message in `translation`'s language where the error can say it, else in English.
    public func message(in translation: Translation) -> String {
        translatable?.description(in: translation) ?? message
    }

    public static func == (lhs: LoadFailure, rhs: LoadFailure) -> Bool { lhs.message == rhs.message }

    public func hash(into hasher: inout Hasher) { hasher.combine(message) }
}
