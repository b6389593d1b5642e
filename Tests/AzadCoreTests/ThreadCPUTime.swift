import Foundation

/// The CPU time the calling thread spends on some work: what the growth tests compare, because
/// unlike the wall clock it does not count the time other tests, builds and processes hold the cores.
enum ThreadCPUTime {
    /// Seconds of CPU this thread spends on `work`.
    static func seconds(_ work: () throws -> Void) rethrows -> Double {
        var start = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start)
        try work()
        var end = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end)
        return Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
    }
}
