import Foundation

/// Runs the built `azad` binary as a user would, and collects what it prints.
struct AzadProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package root, found from this file's location.
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
                return url
            }
        }
        fatalError("no Package.swift above \(#filePath)")
    }()

    /// The `azad` binary SwiftPM built beside this test bundle.
    static let binary: URL = {
        // The test bundle sits in the same products folder as the executable it depends on.
        let candidates =
            [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
            + Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        for folder in candidates {
            let url = folder.appendingPathComponent("azad")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                FileManager.default.isExecutableFile(atPath: url.path)
            {
                return url
            }
        }
        fatalError("the azad binary was not found beside the test bundle (\(candidates.map(\.path)))")
    }()

    /// Runs `azad` with `arguments`, an environment of `environment` over a clean base, and `stdin`.
    static func run(
        _ arguments: [String], environment: [String: String] = [:], stdin: String? = nil,
        currentDirectory: URL? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var base = ProcessInfo.processInfo.environment
        base["LC_ALL"] = "C.UTF-8"
        process.environment = base.merging(environment) { $1 }
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        // stderr goes to a file so that neither pipe can fill up and block the child.
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent(
            "azad-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let err = try FileHandle(forWritingTo: errorFile)
        defer { try? err.close() }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errData = (try? Data(contentsOf: errorFile)) ?? Data()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
