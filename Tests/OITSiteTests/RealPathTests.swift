import Foundation
import Testing

@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

/// `LoadContext.realPath(of:)` remembers folders' real paths; it must answer as `realpath(3)` does
/// (`RealPath.of`) for every kind of entry, links included.
@Suite struct RealPathTests {
    @Test func rememberedFoldersGiveTheSameRealPaths() throws {
        let root = FileManager.default.temporaryDirectory.appending(path: "oit-realpath-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let files = FileManager.default
        try files.createDirectory(at: root.appending(path: "content/a/b"), withIntermediateDirectories: true)
        try files.createDirectory(at: root.appending(path: "elsewhere"), withIntermediateDirectories: true)
        for path in ["content/a/b/file.yaml", "content/a/top.yaml", "elsewhere/secret.txt"] {
            try Data("x\n".utf8).write(to: root.appending(path: path))
        }
        let links = [
            ("content/a/link.txt", "../../elsewhere/secret.txt"), ("content/a/linked", "../../elsewhere"),
            ("content/a/dangling", "nothing"), ("content/a/loop", "loop"), ("content/a/b/up", ".."),
        ]
        for (path, target) in links {
            try files.createSymbolicLink(atPath: root.appending(path: path).path, withDestinationPath: target)
        }
        let context = LoadContext(root: root.appending(path: "content"))
        let paths = [
            "content/a/b/file.yaml", "content/a/top.yaml", "content/a/link.txt", "content/a/linked/secret.txt",
            "content/a/linked", "content/a/dangling", "content/a/loop", "content/a/b/up/top.yaml", "content/a/b/up",
            "content/a/b/../top.yaml", "content/a/b/.", "content/a/missing.yaml", "content/a/b",
            "content/a/b/file.yaml",
        ]
        for path in paths {
            let url = root.appending(path: path)
            #expect(context.realPath(of: url) == RealPath.of(url), "\(path)")
        }
        // The first answers are remembered; asked again, each is still the same.
        for path in paths.reversed() {
            let url = root.appending(path: path)
            #expect(context.realPath(of: url) == RealPath.of(url), "\(path) again")
        }
    }
}

/// `TextFile.read`: the bytes of a regular file up to the limit, and why not otherwise.
@Suite struct TextFileReadTests {
    @Test func readsUpToTheLimitAndSaysWhyNot() throws {
        let root = FileManager.default.temporaryDirectory.appending(path: "oit-read-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let bytes = (0..<100_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let file = root.appending(path: "file.bin")
        try Data(bytes).write(to: file)
        #expect(TextFile.read(file.path, limit: bytes.count) == .success(bytes))
        #expect(TextFile.read(file.path, limit: bytes.count - 1) == .failure(.tooLarge))
        let empty = root.appending(path: "empty.yaml")
        try Data().write(to: empty)
        #expect(TextFile.read(empty.path) == .success([]))
        #expect(TextFile.read(root.appending(path: "missing").path) == .failure(.unreadable))
        #expect(TextFile.read(root.path) == .failure(.unreadable))
    }
}
