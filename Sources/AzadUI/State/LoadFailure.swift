/// Why the library or the reading memory could not give what an effect asked for, as the status
/// line shows it.
public struct LoadFailure: Error, Sendable, Hashable {
    public var message: String

    public init(_ error: any Error) { message = "\(error)" }
}
