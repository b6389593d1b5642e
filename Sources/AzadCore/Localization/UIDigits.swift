/// Which digits the interface writes its numbers in: the language's own (Persian `۰`–`۹` for Dari
/// and Pashto) or Latin `0`–`9`.
public enum UIDigits: String, Sendable, Hashable, CaseIterable, Codable {
    case native
    case latin
}
