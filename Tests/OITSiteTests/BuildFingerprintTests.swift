import Foundation
import Testing

@testable import OITSite

#if canImport(Glibc)
    import Glibc
#endif

/// The hashes an incremental build decides from: each kind of change to an agency's folder changes
/// them, and nothing else does.
@Suite struct BuildFingerprintTests {
    /// A folder shaped like an agency's: files at the top, a year folder with a nested folder.
    final class Folder: @unchecked Sendable {
        let root = FileManager.default.temporaryDirectory.appending(path: "oit-fingerprint-\(UUID().uuidString)")
        var agency: URL { root.appending(path: "agency") }

        init() throws {
            for (path, text) in [
                ("agency/agency.yaml", "name: x\n"), ("agency/2566/year.yaml", "o1: {}\n"),
                ("agency/2566/items/o12.md", "# o12\n"), ("outside.txt", "outside\n"),
            ] {
                try write(path, text)
            }
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        func write(_ path: String, _ text: String) throws {
            let url = root.appending(path: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }

        var hash: String { BuildFingerprint.folder(agency) }
        /// The stats hash as a build long after the last change would take it.
        var stats: String? { BuildFingerprint.stats(agency, start: Date().addingTimeInterval(60)) }
    }

    @Test func unchangedFolderHashesAlike() throws {
        let folder = try Folder()
        #expect(folder.hash == folder.hash)
        #expect(folder.stats != nil)
        #expect(folder.stats == folder.stats)
    }

    @Test func everyKindOfChangeChangesBothHashes() throws {
        let changes: [(String, (Folder) throws -> Void)] = [
            ("bytes of a nested file", { try $0.write("agency/2566/items/o12.md", "# o13\n") }),
            ("a new nested file", { try $0.write("agency/2566/items/o42.md", "# o42\n") }),
            (
                "a new empty folder",
                {
                    try FileManager.default.createDirectory(
                        at: $0.agency.appending(path: "2567"), withIntermediateDirectories: false)
                }
            ),
            ("a removed file", { try FileManager.default.removeItem(at: $0.agency.appending(path: "2566/year.yaml")) }),
            (
                "a renamed file",
                {
                    try FileManager.default.moveItem(
                        at: $0.agency.appending(path: "agency.yaml"), to: $0.agency.appending(path: "agency.yml"))
                }
            ),
            (
                "a link to a file outside",
                {
                    try FileManager.default.createSymbolicLink(
                        atPath: $0.agency.path + "/logo.svg", withDestinationPath: "../outside.txt")
                }
            ),
        ]
        for (name, change) in changes {
            let folder = try Folder()
            let (hash, stats) = (folder.hash, folder.stats)
            try change(folder)
            #expect(folder.hash != hash, "bytes hash unchanged after \(name)")
            #expect(folder.stats != stats, "stats hash unchanged after \(name)")
        }
    }

    /// The one-walk version a first build uses gives the same two hashes as the separate walks.
    @Test func folderAndStatsEqualTheSeparateWalks() throws {
        let folder = try Folder()
        try FileManager.default.createSymbolicLink(
            atPath: folder.agency.path + "/logo.svg", withDestinationPath: "../outside.txt")
        let later = Date().addingTimeInterval(60)
        let both = BuildFingerprint.folderAndStats(folder.agency, start: later)
        #expect(both.bytes == folder.hash)
        #expect(both.stats == BuildFingerprint.stats(folder.agency, start: later))
        #expect(both.stats != nil)
        #expect(BuildFingerprint.folderAndStats(folder.agency, start: Date()).stats == nil)
    }

    @Test func linkedFileIsHashedByItsTarget() throws {
        let folder = try Folder()
        try FileManager.default.createSymbolicLink(
            atPath: folder.agency.path + "/logo.svg", withDestinationPath: "../outside.txt")
        let hash = folder.hash
        try folder.write("outside.txt", "changed outside\n")
        #expect(folder.hash != hash)
    }

    @Test func linkLoopIsWalkedOnce() throws {
        let folder = try Folder()
        try FileManager.default.createSymbolicLink(atPath: folder.agency.path + "/2566/again", withDestinationPath: "..")
        let hash = folder.hash
        #expect(hash == folder.hash)
        #expect(folder.stats != nil)
    }

    /// A file written within the racy window is not trusted by its times: no stats hash.
    @Test func justChangedFileHasNoStatsHash() throws {
        let folder = try Folder()
        try folder.write("agency/2566/year.yaml", "o1: {summary: x}\n")
        #expect(BuildFingerprint.stats(folder.agency, start: Date()) == nil)
    }

    @Test func missingFolderHashesAsMissing() throws {
        let folder = try Folder()
        let missing = folder.root.appending(path: "none")
        #expect(BuildFingerprint.folder(missing) == BuildFingerprint.folder(missing))
        #expect(BuildFingerprint.folder(missing) != folder.hash)
    }

    /// The built-in theme's and frameworks' hashes come from the bytes compiled in, not from files.
    @Test func builtInFilesHaveTheirOwnHashes() {
        #expect(BuiltInFiles.themeFingerprint.count == 16)
        #expect(BuiltInFiles.themeFingerprint != BuiltInFiles.frameworksFingerprint)
        #expect(
            BuildFingerprint.folders(builtIn: BuiltInFiles.themeFingerprint, [("theme", nil)])
                != BuildFingerprint.folders(builtIn: BuiltInFiles.frameworksFingerprint, [("theme", nil)]))
    }
}
