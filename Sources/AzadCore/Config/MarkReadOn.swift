/// When the reader marks an article read: when it is opened (`Enter`, `Tab`, a click), when it is
/// read to its end, or never (only `u` marks). Previewing an article in the pane never marks it.
public enum MarkReadOn: String, Sendable, Hashable, CaseIterable, Codable {
    case open
    case end
    case never
}
