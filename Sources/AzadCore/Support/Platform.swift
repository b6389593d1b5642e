#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The C library's answers that differ between platforms, each by name; every other file uses libc
/// through Foundation, which re-exports it.
enum Platform {
    /// Lowers the scheduling priority of the calling thread by `amount` (a nice value), so that the
    /// threads it feeds run first. Linux schedules threads one by one; elsewhere this does nothing.
    static func lowerPriorityOfThisThread(by amount: Int32) {
        #if os(Linux) && canImport(Glibc)
            setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, amount)
        #elseif os(Linux)
            setpriority(PRIO_PROCESS, 0, amount)
        #endif
    }

    /// Gives the memory malloc holds free back to the system (glibc's `malloc_trim`), which it
    /// otherwise keeps for later allocations of the same size; elsewhere this does nothing.
    static func returnFreeMemory() {
        #if canImport(Glibc)
            // Declared in <malloc.h>, which the Glibc module leaves out: looked up by name once.
            _ = mallocTrim?(0)
        #endif
    }

    #if canImport(Glibc)
        private typealias MallocTrim = @convention(c) (Int) -> Int32
        private static let mallocTrim: MallocTrim? = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim").map {
            unsafeBitCast($0, to: MallocTrim.self)
        }
    #endif

    /// The modification time of `info`, in nanoseconds since 1970.
    @inline(__always)
    /// The wall clock in nanoseconds since the epoch, as file times are kept.
    static func nanosecondsSinceEpoch() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    }

    static func modified(_ info: stat) -> Int64 {
        #if canImport(Darwin)
            Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
        #else
            Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        #endif
    }

    /// The status change time of `info` (`st_ctime`), in nanoseconds since 1970.
    @inline(__always)
    static func statusChanged(_ info: stat) -> Int64 {
        #if canImport(Darwin)
            Int64(info.st_ctimespec.tv_sec) * 1_000_000_000 + Int64(info.st_ctimespec.tv_nsec)
        #else
            Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        #endif
    }
}
