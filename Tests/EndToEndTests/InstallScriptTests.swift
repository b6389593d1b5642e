import Foundation
import Testing

/// `scripts/install` into a scratch prefix, then the installed binary used as a new user would: no
/// configuration, no feed, a working directory far from the checkout.
///
/// The script installs the binary this test bundle runs (`--binary`): `swift test` holds the build
/// folder, so the script's own build would wait for the test that started it.
@Suite struct InstallScriptTests {
    @Test func theInstalledBinaryFindsItsSampleFeedThemesManualAndCompletions() throws {
        let scratch = ScratchFolder()
        let prefix = scratch.file("prefix with space")
        let script = AzadProcess.packageRoot.appendingPathComponent("scripts/install").path
        let install = try QuoteCommandTests.runCommand(
            ["/usr/bin/bash", script, "--prefix", prefix.path, "--binary", AzadProcess.binary.path], environment: [:])
        #expect(install.status == 0, "\(install.stderr)")
        #expect(install.stdout.hasSuffix("install: azad 0.1.0 in \(prefix.path)/bin/azad\n"))

        let share = prefix.appendingPathComponent("share")
        let manual = try String(contentsOf: share.appendingPathComponent("man/man1/azad.1"), encoding: .utf8)
        #expect(manual == (try String(contentsOf: ManualPageTests.checkedIn, encoding: .utf8)))
        for completion in [
            "bash-completion/completions/azad", "zsh/site-functions/_azad", "fish/vendor_completions.d/azad.fish",
        ] {
            let text = try String(contentsOf: share.appendingPathComponent(completion), encoding: .utf8)
            #expect(text.contains("search"), "\(completion)")
        }

        // The translations msgfmt compiled, where the installed binary looks for them.
        for language in ["fa", "ps"] {
            #expect(
                FileManager.default.fileExists(atPath: share.appendingPathComponent("azad/locale/\(language).mo").path))
        }

        // A user with no configuration, in a folder of their own: the installed sample feed is read.
        let home = scratch.file("home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let environment = [
            "HOME": home.path, "XDG_CONFIG_HOME": home.path + "/config", "XDG_DATA_HOME": home.path + "/data",
            "XDG_CACHE_HOME": home.path + "/cache", "AZAD_CACHE_DIR": "", "AZAD_SHARE_DIR": "", "LC_ALL": "C.UTF-8",
        ]
        let binary = prefix.appendingPathComponent("bin/azad").path
        let list = try QuoteCommandTests.runCommand([binary, "list", "--json"], environment: environment)
        #expect(list.status == 0, "\(list.stderr)")
        let articles = try #require(
            try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        // As many as the checkout's sample feed gives.
        let checkout = try AzadProcess.run(
            ["list", "--feed", AzadProcess.packageRoot.appendingPathComponent("sample-feed").path],
            environment: QuoteCommandTests.environment(scratch))
        #expect(articles.count == checkout.stdout.split(separator: "\n").count)
        #expect(articles.count > 10)
        for article in articles {
            let path = try #require(article["path"] as? String)
            #expect(path.hasPrefix(share.path + "/azad/sample-feed/"), "\(path)")
        }
        let themes = try QuoteCommandTests.runCommand([binary, "themes"], environment: environment)
        #expect(themes.status == 0, "\(themes.stderr)")
        #expect(themes.stdout.contains("* default "))
    }

    @Test(arguments: [
        (["--prefix"], "install: --prefix needs a folder\n"),
        (
            ["--frobnicate"],
            "install: unknown argument: --frobnicate (usage: scripts/install [--prefix DIR] [--debug | --binary FILE])\n"
        ),
    ])
    func aWrongArgumentIsRefusedWithStatusTwo(arguments: [String], message: String) throws {
        let script = AzadProcess.packageRoot.appendingPathComponent("scripts/install").path
        let result = try QuoteCommandTests.runCommand(["/usr/bin/bash", script] + arguments, environment: [:])
        #expect(result.status == 2)
        #expect(result.stderr == message)
    }
}
