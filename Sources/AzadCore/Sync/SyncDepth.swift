/// How hard a sync looks for changes.
public enum SyncDepth: Sendable, Hashable {
    /// Stat every export: finds every added, removed, renamed or rewritten file.
    case full
    /// Stat only the folders first, and do nothing more when none changed since the last sync.
    /// Adding, removing or renaming an export changes its folder, so this finds those; an export
    /// rewritten in place is left for the next full sync. What `list` and `search` do before reading.
    case quick
}
