#if canImport(Glibc)
    import Glibc
#endif

/// How the C library's malloc serves this process's big allocations.
public enum MallocPolicy {
    /// Allocations from this size up get a mapping of their own, unmapped when freed.
    static let mappingThreshold: Int32 = 1 << 20

    /// Serves every allocation of 1 MiB or more with a mapping of its own, which goes back to the
    /// system when freed; elsewhere than glibc this does nothing.
    ///
    /// glibc starts from the same threshold (128 KiB) but raises it to the size of each mapped block
    /// freed, so that after the first big export's text is freed the next body-sized strings and
    /// blobs come from the heap, whose freed memory stays in the process: a 50 MB export's sync then
    /// peaks about 20 MB higher. A threshold set here stays where it is.
    public static func mapBigAllocations() {
        #if canImport(Glibc)
            // Declared in <malloc.h>, which the Glibc module leaves out: looked up by name.
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
            let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
            // M_MMAP_THRESHOLD
            _ = mallopt(-3, mappingThreshold)
        #endif
    }
}
