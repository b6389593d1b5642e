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
    static let binary = built("azad")

    /// The crash handler's probe (Tests/CrashProbe), built beside azad.
    static let crashProbe = built("CrashProbe")

    /// Where the executables may be: the test bundle sits in the same products folder as the
    /// executables it depends on. Asked once: each `Bundle.allBundles` after bundles were loaded
    /// leaves Foundation's previous list behind, which LeakSanitizer reports.
    static let productFolders =
        [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()]
        + Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }

    /// An executable SwiftPM built beside this test bundle.
    static func built(_ name: String) -> URL {
        for folder in productFolders {
            let url = folder.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                FileManager.default.isExecutableFile(atPath: url.path)
            {
                return url
            }
        }
        fatalError("the \(name) binary was not found beside the test bundle (\(productFolders.map(\.path)))")
    }

    /// Copies the binary to `destination`, mode 0755, through a descriptor no other process keeps.
    ///
    /// Tests run in parallel and start processes while the copy is written: a writable descriptor
    /// inherited by one of them (`FileManager.copyItem` opens without close-on-exec) makes every exec
    /// of the copy fail with "Text file busy" for as long as that process lives.
    static func copyBinary(to destination: URL) throws {
        let bytes = try Data(contentsOf: binary)
        let descriptor = open(destination.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o755)
        guard descriptor >= 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination.path])
        }
        defer { close(descriptor) }
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else {
                    throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination.path])
                }
                offset += written
            }
        }
    }

    /// Runs `azad` with `arguments`, an environment of `environment` over a clean base, and `stdin`.
    static func run(
        _ arguments: [String], environment: [String: String] = [:], stdin: String? = nil,
        currentDirectory: URL? = nil
    ) throws -> Result {
        try start(arguments, environment: environment, stdin: stdin, currentDirectory: currentDirectory).wait()
    }

    /// Starts `azad` as `run` does and returns at once: tests of concurrent use start every process
    /// before they wait on any, so the processes overlap however few threads the test runner has.
    static func start(
        _ arguments: [String], environment: [String: String] = [:], stdin: String? = nil,
        currentDirectory: URL? = nil
    ) throws -> Running {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var base = ProcessInfo.processInfo.environment
        base["LC_ALL"] = "C.UTF-8"
        process.environment = base.merging(environment) { $1 }
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        return try Running(process, stdin: stdin)
    }

    /// A started process whose output goes to files, so that neither a full pipe nor an unread one
    /// can block it while the test waits on another.
    final class Running {
        let process: Process
        let outputFile: URL
        let errorFile: URL

        init(_ process: Process, stdin: String?) throws {
            self.process = process
            let folder = FileManager.default.temporaryDirectory
            outputFile = folder.appendingPathComponent("azad-stdout-\(UUID().uuidString)")
            errorFile = folder.appendingPathComponent("azad-stderr-\(UUID().uuidString)")
            _ = FileManager.default.createFile(atPath: outputFile.path, contents: nil)
            _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
            let out = try FileHandle(forWritingTo: outputFile)
            defer { try? out.close() }
            let err = try FileHandle(forWritingTo: errorFile)
            defer { try? err.close() }
            process.standardOutput = out
            process.standardError = err
            let input = Pipe()
            process.standardInput = input
            try process.run()
            if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
            try input.fileHandleForWriting.close()
        }

        /// Waits until the process has exited and returns what it printed.
        func wait() -> Result {
            process.waitUntilExit()
            defer {
                try? FileManager.default.removeItem(at: outputFile)
                try? FileManager.default.removeItem(at: errorFile)
            }
            return Result(
                status: process.terminationStatus,
                stdout: String(decoding: (try? Data(contentsOf: outputFile)) ?? Data(), as: UTF8.self),
                stderr: String(decoding: (try? Data(contentsOf: errorFile)) ?? Data(), as: UTF8.self))
        }
    }
}
