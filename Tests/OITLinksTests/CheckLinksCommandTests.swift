import Foundation
import Testing

/// `oit check --links` as a webmaster runs it: a new project whose evidence points at a
/// loopback site through `--resolve`, so the command never leaves the machine.
@Suite struct CheckLinksCommandTests {
    static let executable = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: ".build/debug/oit")

    /// Runs `oit` without blocking a thread the loopback site needs; returns status, output, errors.
    static func oit(_ arguments: [String], in folder: URL) async throws -> (Int32, String, String) {
        let out = Pipe()
        let err = Pipe()
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = out
        process.standardError = err
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
            do { try process.run() } catch { continuation.resume(throwing: error) }
        }
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return (status, output, errors)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: executable.path)))
    func deadLinksAreWarningsAndFailTheirItems() async throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "oit-links-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        _ = try await Self.oit(["init", "proj", "--agency", "demo"], in: folder)
        let project = folder.appending(path: "proj")
        let years = try FileManager.default.contentsOfDirectory(atPath: project.appending(path: "agencies/demo").path)
        let year = try #require(years.first { Int($0) != nil })
        let file = project.appending(path: "agencies/demo/\(year)/year.yaml")
        try await withTestSite { port, log in
            let base = "http://www.demo.go.th:\(port)"
            var text = try String(contentsOf: file, encoding: .utf8)
            // The edits must happen, or the check below would pass on a project with no evidence links.
            #expect(text.contains("  o1:\n    status: not-started") && text.contains("  o3:\n    status: not-started"))
            text = text.replacingOccurrences(
                of: "  o1:\n    status: not-started",
                with: "  o1:\n    status: done\n    evidence:\n      - title: a\n        url: \(base)/missing")
            text = text.replacingOccurrences(
                of: "  o3:\n    status: not-started",
                with: "  o3:\n    status: done\n    evidence:\n      - title: b\n        url: \(base)/ok")
            try text.write(to: file, atomically: true, encoding: .utf8)
            let arguments = [
                "check", "--links", "--lang", "en", "--format", "json", "--link-timeout", "15",
                "--resolve", "www.demo.go.th:\(port):127.0.0.1",
            ]
            let (_, output, _) = try await Self.oit(arguments, in: project)
            let lines = output.split(separator: "\n").map(String.init)
            #expect(lines.contains { $0.contains("\"rule\":\"dead-link\"") && $0.contains("\"line\":") })
            let links = lines.filter { $0.hasPrefix("{\"link\":") }
            #expect(links.count == 2)
            #expect(links.first?.contains("\"result\":\"not-found\"") == true)
            #expect(links.first?.contains("\"item\":\"o1\"") == true)
            #expect(links.last?.contains("\"result\":\"ok\"") == true)
            #expect(lines.contains { $0.contains("\"readiness\"") && $0.contains("link dead (not-found)") })
            #expect(FileManager.default.fileExists(atPath: project.appending(path: ".oit-links.json").path))
            // Within the cache's age, a second run asks the site nothing.
            let asked = await log.hits.count
            let (_, _, errors) = try await Self.oit(["check", "--links", "--lang", "en"] + arguments.suffix(4), in: project)
            #expect(await log.hits.count == asked)
            #expect(errors.contains("checked 2 evidence links (2 from the cache): 1 dead"))
        }
    }
}
