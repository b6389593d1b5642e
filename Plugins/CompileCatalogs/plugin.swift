import Foundation
import PackagePlugin

/// Compiles the translation catalogs `po/*.po` with GNU gettext's `msgfmt` into `.mo` files, which
/// SwiftPM copies into the target's resource folder beside the built binary (`Translation` finds
/// them there).
@main
struct CompileCatalogs: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "po")
        let catalogs = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "po" }.sorted { $0.path < $1.path }
        // Without gettext the reader still builds and speaks English; the tests of the catalogs fail.
        guard !catalogs.isEmpty, let msgfmt = Self.msgfmt() else {
            if !catalogs.isEmpty {
                Diagnostics.warning(
                    "msgfmt not found on PATH: the interface is built without its translations "
                        + "(install GNU gettext; Debian: apt-get install gettext)")
            }
            return []
        }
        return catalogs.map { catalog in
            let language = catalog.deletingPathExtension().lastPathComponent
            let output = context.pluginWorkDirectoryURL.appending(path: "\(language).mo")
            return .buildCommand(
                displayName: "msgfmt po/\(language).po",
                executable: msgfmt,
                arguments: ["--check", "--output-file=\(output.path)", catalog.path],
                inputFiles: [catalog],
                outputFiles: [output])
        }
    }

    /// `msgfmt` on `PATH` (Debian's `gettext` package); SwiftPM's `tool(named:)` knows only its own.
    static func msgfmt() -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appending(path: "msgfmt")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }
}
