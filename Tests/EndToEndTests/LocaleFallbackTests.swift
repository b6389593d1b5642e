import Foundation
import Testing

/// Under a locale that is not UTF-8 the reader switches to C.UTF-8 (README, "The terminal is always
/// given back"), and says what to set when no UTF-8 locale can be had.
///
/// glibc (2.35 and later) builds C.UTF-8 in, so no environment takes it away; a library preloaded
/// into azad refuses every UTF-8 locale name instead, as a system without one would.
@Suite struct LocaleFallbackTests {
    @Test("a non-UTF-8 locale falls back to C.UTF-8", arguments: ["POSIX", "C", "xx_XX.UTF-8", "fa_IR.ISO-8859-1"])
    func fallsBackToCUTF8(locale: String) throws {
        let folder = ScratchFolder()
        let session = try TmuxSession(
            ["--feed", ReaderHardeningTests.sampleFeed, "--cache-dir", folder.file("cache").path], locale: locale)
        // A Persian locale (fa_IR) also chooses the Dari interface, whose list position is in
        // Persian digits.
        try session.waitFor("the article list") { ReaderHardeningTests.readerIsUp($0) || $0.contains("۱/۱۵") }
        // Persian drawn as shaped letters, not as escapes or question marks: the locale is UTF-8.
        #expect(try session.capture().contains("ﻥﺎﺘﺴﻧﺎﻐﻓﺍ"))
        #expect(try session.quit() == 0)
    }

    @Test func withoutAnyUTF8LocaleTheReaderSaysWhatToSet() throws {
        let folder = ScratchFolder()
        let source = folder.file("no-utf8-locale.c")
        try Self.refusingUTF8.write(to: source, atomically: true, encoding: .utf8)
        let library = folder.file("no-utf8-locale.so")
        let compiler = Process()
        compiler.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        compiler.arguments = ["clang", "-shared", "-fPIC", "-o", library.path, source.path, "-ldl"]
        try compiler.run()
        compiler.waitUntilExit()
        try #require(compiler.terminationStatus == 0, "clang (from the Swift toolchain) could not build the shim")
        var environment = ["LC_ALL": "C", "LD_PRELOAD": library.path]
        // AddressSanitizer wants its runtime first among the loaded libraries; the shim comes first.
        if let asan = ProcessInfo.processInfo.environment["ASAN_OPTIONS"] {
            environment["ASAN_OPTIONS"] = asan + ":verify_asan_link_order=0"
        }
        let cache = folder.file("cache")
        let result = try AzadProcess.run(
            ["--feed", ReaderHardeningTests.sampleFeed, "--cache-dir", cache.path], environment: environment)
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "azad: azad needs a UTF-8 locale to show Persian and Pashto text, and the locale is C. "
                + "Set one, for example: export LANG=C.UTF-8 (or en_US.UTF-8 if it is installed).\n")
        // Nothing was sent to the terminal and nothing opened: the reader stopped before either.
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: cache.path))
    }

    /// `setlocale` that fails for any UTF-8 locale name and passes every other call on to glibc's.
    static let refusingUTF8 = """
        #define _GNU_SOURCE
        #include <dlfcn.h>
        #include <locale.h>
        #include <string.h>

        char *setlocale(int category, const char *locale) {
            static char *(*real)(int, const char *);
            if (!real) real = (char *(*)(int, const char *))dlsym(RTLD_NEXT, "setlocale");
            if (locale && (strcasestr(locale, "utf-8") || strcasestr(locale, "utf8"))) return NULL;
            return real(category, locale);
        }

        """
}
