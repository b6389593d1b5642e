/// An error whose description is the whole reason the user reads, after `azad: `.
struct UserFacingError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
