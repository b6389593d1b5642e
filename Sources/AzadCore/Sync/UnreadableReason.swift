/// Why a sync could not read an export, or passed over an entry of a feed folder.
///
/// The cache keeps it twice: its English `description` (what logs, JSON and an older azad read) and
/// its `storedForm` (`errno 13`, `not-regular fifo`), from which the reason is rebuilt and said in
/// the interface's language. A row written without a stored form holds only the English text, which
/// is shown as it is (`.text`) until a sync reads the file again.
public enum UnreadableReason: Sendable, Hashable, CustomStringConvertible, TranslatableError {
    /// The file was read, or could not be, and is not an article (`ImportError`'s reason).
    case `import`(ImportError.Reason)
    /// An entry the folder walk could not follow: a fifo, a device, a link it cannot resolve.
    case entry(FileProblem)
    /// A folder that could not be opened.
    case folderUnopened(FileProblem)
    /// A link to a folder above it: walking it would never end.
    case linkLoop(leadsBackTo: String)
    /// A symbolic link whose target does not exist.
    case danglingLink
    /// Listed, then gone before it could be looked at: another program is changing the folder.
    case vanished
    /// Words without a structure: a row an older azad wrote, or an error azad has no kind for.
    case text(String)

    public var description: String { description(in: .english) }

    public func description(in translation: Translation) -> String {
        switch self {
        case .import(let reason): return ImportError(reason).message(in: translation)
        case .entry(let problem): return problem.description(in: translation)
        case .folderUnopened(let problem):
            return translation.tr("cannot open the folder: {reason}", ["reason": problem.description(in: translation)])
        case .linkLoop(let ancestor):
            return translation.tr("a symbolic link loop: it leads back to {folder}", ["folder": ancestor])
        case .danglingLink: return translation.tr("a dangling symbolic link: what it points to does not exist")
        case .vanished: return translation.tr("it vanished while the folder was being read")
        case .text(let words): return words
        }
    }
}
