import Foundation
import Testing

/// Under a locale that is not UTF-8 the reader switches to C.UTF-8 (README, "The terminal is always
/// given back").
///
/// The other branch, the one-line message when no UTF-8 locale can be had, is not reached here: the
/// test machine's glibc (2.36) still loads C.UTF-8 with `LOCPATH` pointing at an empty folder, so
/// `setlocale("C.UTF-8")` succeeds.
@Suite struct LocaleFallbackTests {
    @Test("a non-UTF-8 locale falls back to C.UTF-8", arguments: ["POSIX", "C", "xx_XX.UTF-8", "fa_IR.ISO-8859-1"])
    func fallsBackToCUTF8(locale: String) throws {
        let folder = ScratchFolder()
        let session = try TmuxSession(
            ["--feed", ReaderHardeningTests.sampleFeed, "--cache-dir", folder.file("cache").path], locale: locale)
        try session.waitFor("the article list", ReaderHardeningTests.readerIsUp)
        // Persian drawn as shaped letters, not as escapes or question marks: the locale is UTF-8.
        #expect(try session.capture().contains("ﻥﺎﺘﺴﻧﺎﻐﻓﺍ"))
        #expect(try session.quit() == 0)
    }
}
