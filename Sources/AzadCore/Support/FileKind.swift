import Foundation

/// What kind of file a directory entry is, as `stat` says (`st_mode & S_IFMT`), by name.
///
/// The raw value is the kind's stored form in the cache (`not-regular fifo`): it never changes.
public enum FileKind: String, Sendable, Hashable, CaseIterable {
    case fifo
    case socket
    case characterDevice = "character-device"
    case blockDevice = "block-device"
    case folder
    case symbolicLink = "symbolic-link"
    case regularFile = "regular-file"
    case unknown

    /// The kind of a file whose `st_mode & S_IFMT` is `mode`.
    public init(mode: mode_t) {
        switch mode {
        case S_IFIFO: self = .fifo
        case S_IFSOCK: self = .socket
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        case S_IFDIR: self = .folder
        case S_IFLNK: self = .symbolicLink
        case S_IFREG: self = .regularFile
        default: self = .unknown
        }
    }

    /// The kind in words, as the end of "not a regular file: …" (English, the catalogs' message).
    public var words: String {
        switch self {
        case .fifo: return Translation.noop("a fifo")
        case .socket: return Translation.noop("a socket")
        case .characterDevice: return Translation.noop("a character device")
        case .blockDevice: return Translation.noop("a block device")
        case .folder: return Translation.noop("a folder")
        case .symbolicLink: return Translation.noop("a symbolic link")
        case .regularFile: return Translation.noop("a regular file")
        case .unknown: return Translation.noop("an unknown kind of file")
        }
    }
}
