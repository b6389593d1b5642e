import Foundation
import Testing

@testable import AzadCore

@Suite struct PathsTests {
    @Test func followsXDGVariables() {
        let paths = Paths(environment: [
            "HOME": "/home/reader", "XDG_CACHE_HOME": "/c", "XDG_CONFIG_HOME": "/k", "XDG_DATA_HOME": "/d",
        ])
        #expect(paths.cacheDirectory.path == "/c/azad")
        #expect(paths.configDirectory.path == "/k/azad")
        #expect(paths.dataDirectory.path == "/d/azad")
        #expect(paths.clipboardFile.path == "/d/azad/clipboard.txt")
    }

    @Test func fallsBackToHomeAndIgnoresRelativeValues() {
        let paths = Paths(environment: ["HOME": "/home/reader", "XDG_DATA_HOME": "relative/path"])
        #expect(paths.cacheDirectory.path == "/home/reader/.cache/azad")
        #expect(paths.configDirectory.path == "/home/reader/.config/azad")
        #expect(paths.dataDirectory.path == "/home/reader/.local/share/azad")
    }

    @Test func cacheDirectoryVariableWins() {
        let paths = Paths(environment: ["HOME": "/h", "XDG_CACHE_HOME": "/c", "AZAD_CACHE_DIR": "/elsewhere"])
        #expect(paths.cacheDirectory.path == "/elsewhere")
    }
}
