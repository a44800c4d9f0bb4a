import Foundation
import Testing

@testable import OITLoad
@testable import OITSite

/// `ContentFileSave.write`: atomic, permissions kept, and never over a file that changed on disk.
@Suite struct ContentFileSaveTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appending(path: "oit-save-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func writesAndKeepsPermissionsWithNoTemporaryFileLeft() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appending(path: "year.yaml")
        try Data("a: 1\n".utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.path)
        try ContentFileSave.write("a: 2\n", to: file, expected: Data("a: 1\n".utf8))
        #expect(try String(contentsOf: file, encoding: .utf8) == "a: 2\n")
        let permissions = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? NSNumber
        #expect(permissions?.intValue == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["year.yaml"])
    }

    @Test func aFileChangedOnDiskIsNotOverwritten() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appending(path: "year.yaml")
        try Data("a: 3\n".utf8).write(to: file)
        #expect(throws: YAMLEditError.changedOnDisk(current: Data("a: 3\n".utf8))) {
            try ContentFileSave.write("a: 2\n", to: file, expected: Data("a: 1\n".utf8))
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == "a: 3\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["year.yaml"])
    }
}
