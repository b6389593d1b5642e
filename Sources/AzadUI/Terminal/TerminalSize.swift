import Foundation

/// The size of the terminal a file descriptor is connected to.
public enum TerminalSize {
    /// Columns of the terminal on `descriptor`, or nil when it is not a terminal.
    public static func columns(of descriptor: Int32 = FileHandle.standardOutput.fileDescriptor) -> Int? {
        guard isatty(descriptor) == 1 else { return nil }
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
