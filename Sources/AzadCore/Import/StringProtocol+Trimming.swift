import Foundation

/// The set `trimmingWhitespaces` trims, made once.
private let trimmedSpaces = CharacterSet.whitespaces

extension StringProtocol {
    /// `trimmingCharacters(in: .whitespaces)`, scalar by scalar, without bridging to `NSString`: the
    /// parser asks it of every candidate line, and the bridge copies the whole line each time.
    func trimmingWhitespaces() -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, Self.isTrimmedSpace(scalars[start]) { scalars.formIndex(after: &start) }
        while end > start, Self.isTrimmedSpace(scalars[scalars.index(before: end)]) { scalars.formIndex(before: &end) }
        return String(self[start..<end])
    }

    @inline(__always)
    private static func isTrimmedSpace(_ scalar: Unicode.Scalar) -> Bool {
        // Printable ASCII other than the space is never whitespace: skip the set lookup for most lines.
        if scalar.value > 0x20 && scalar.value < 0x7F { return false }
        return trimmedSpaces.contains(scalar)
    }
}
