import Foundation

/// Finds the folders azad ships with (`sample-feed/`, `themes/`) from any working directory.
public enum BundledResources {
    /// The folder holding `sample-feed/` and `themes/`.
    ///
    /// `AZAD_SHARE_DIR` wins; then the folders above the running executable (a `swift build` puts it
    /// in `.build/<triple>/<configuration>/` inside the checkout); then the checkout this file was
    /// compiled from.
    public static func root(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executable: URL? = Bundle.main.executableURL
    ) -> URL? {
        if let override = environment["AZAD_SHARE_DIR"], !override.isEmpty {
            return URL(fileURLWithPath: override, isDirectory: true)
        }
        var candidates: [URL] = []
        if let executable {
            var url = executable.resolvingSymlinksInPath()
            while url.pathComponents.count > 1 {
                url.deleteLastPathComponent()
                candidates.append(url)
                candidates.append(url.appendingPathComponent("share/azad", isDirectory: true))
            }
        }
        var source = URL(fileURLWithPath: #filePath)
        while source.pathComponents.count > 1 {
            source.deleteLastPathComponent()
            candidates.append(source)
        }
        return candidates.first { isRoot($0) }
    }

    /// The bundled sample feed.
    public static var sampleFeed: URL? { root()?.appendingPathComponent("sample-feed", isDirectory: true) }
    /// The bundled themes.
    public static var themes: URL? { root()?.appendingPathComponent("themes", isDirectory: true) }

    private static func isRoot(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        let feed = url.appendingPathComponent("sample-feed").path
        let themes = url.appendingPathComponent("themes").path
        return FileManager.default.fileExists(atPath: feed, isDirectory: &isDirectory) && isDirectory.boolValue
            && FileManager.default.fileExists(atPath: themes, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
