import Foundation

/// Runs the built `oit` executable as a webmaster or CI would, capturing what it prints.
enum OITProcess {
    static let executable = Paths.repository.appendingPathComponent(".build/debug/oit")

    static var isBuilt: Bool { FileManager.default.isExecutableFile(atPath: executable.path) }

    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    /// Runs `oit arguments` in `folder` (the repository when nil), with `environment` added to this
    /// process's, and waits for it to end.
    static func run(_ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:]) throws -> Result {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("oit-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out")
        let errURL = scratch.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder ?? Paths.repository
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            output: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
            errors: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }

    /// A new empty folder outside the repository, removed by the caller.
    static func emptyFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oit-project-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}

extension String {
    /// True when any character is in the Thai block (U+0E00–U+0E7F).
    var containsThai: Bool { unicodeScalars.contains { (0x0E00...0x0E7F).contains($0.value) } }
}
