/// Why a background search gave no results, as the status line shows it.
public struct SearchFailure: Error, Sendable, Equatable {
    public var message: String

    public init(_ error: any Error) { message = "\(error)" }
}
