import Foundation
import Testing

/// azad installed where its user may run it but not list the folder it sits in (a shared `bin/` with
/// mode 0111, or a package folder of another user): it finds what it ships beside it and runs.
@Suite struct UnlistableFolderTests {
    @Test("azad lists the sample feed it ships from a bin folder its user can enter but not read")
    func runsFromAFolderItCannotList() throws {
        let scratch = ScratchFolder()
        let prefix = scratch.file("prefix")
        let bin = prefix.appendingPathComponent("bin")
        let feed = prefix.appendingPathComponent("share/azad/sample-feed")
        let themes = prefix.appendingPathComponent("share/azad/themes")
        let home = scratch.file("home")
        for folder in [bin, feed, themes, home] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        let name = "2019-03-21-en-nowruz-in-balkh.txt"
        try FileManager.default.copyItem(
            at: AzadProcess.packageRoot.appendingPathComponent("sample-feed/" + name),
            to: feed.appendingPathComponent(name))
        let binary = bin.appendingPathComponent("azad")
        try AzadProcess.copyBinary(to: binary)
        // The unprivileged user (when the tests run as root) reaches the copy and writes its cache here.
        for path in [scratch.url.path, prefix.path, home.path] { #expect(chmod(path, 0o777) == 0) }
        #expect(chmod(binary.path, 0o755) == 0)
        #expect(chmod(bin.path, 0o111) == 0)
        defer { chmod(bin.path, 0o755) }

        let drop = geteuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        let result = try QuoteCommandTests.runCommand(
            ["/usr/bin/timeout", "-s", "KILL", "60"] + drop + [binary.path, "list"],
            environment: [
                "HOME": home.path, "XDG_DATA_HOME": home.path + "/data", "XDG_CONFIG_HOME": home.path + "/config",
                "XDG_CACHE_HOME": home.path + "/cache", "LC_ALL": "C.UTF-8", "AZAD_SHARE_DIR": "",
            ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("A New Year Greeted On The Hills Of Balkh"), "\(result.stdout)")
        #expect(result.stdout.split(separator: "\n").count == 1, "\(result.stdout)")
    }
}
