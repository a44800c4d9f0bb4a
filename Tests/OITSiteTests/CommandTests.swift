import Foundation
import Testing

/// The `oit` executable itself: exit status and messages as CI and webmasters see them.
@Suite struct CommandTests {
    static let executable = Paths.repository.appendingPathComponent(".build/debug/oit")

    func run(_ arguments: [String]) throws -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func brokenContentExitsNonZeroWithThaiFileLineColumn() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.executable.path), "build the oit product first (make test does)")
        let fixture = try Fixture(year: "items:\n  o1:\n    status: done\n    evidance: []\n")
        let result = try run(["build", "--content", fixture.content.path, "--theme", Paths.theme.path, "--output", fixture.output.path])
        #expect(result.status == 1)
        #expect(result.errors.contains("2566/year.yaml:4:5: error: ไม่รู้จักชื่อ \"evidance\" หมายถึง \"evidence\" หรือไม่?"))
        #expect(!FileManager.default.fileExists(atPath: fixture.output.path))
    }

    @Test func goodContentExitsZero() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.executable.path))
        let fixture = try Fixture(year: "items:\n  o1:\n    status: done\n")
        let result = try run(["build", "--content", fixture.content.path, "--theme", Paths.theme.path, "--output", fixture.output.path])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent("test/2566/o1/index.html").path))
    }
}
