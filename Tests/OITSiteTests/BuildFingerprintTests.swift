import Foundation
import Testing

@testable import OITCheck
@testable import OITLoad
@testable import OITModel
@testable import OITRender
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
        /// The stats as a build long after the last change takes them, with the entries walked.
        var stats: BuildFingerprint.Stats { BuildFingerprint.folderAndStats(agency, start: Self.later).stats }
        /// The stats hash of `entries` (walked earlier) taken again without a walk, as a rebuild does.
        func recheck(_ entries: String) -> String? { BuildFingerprint.stats(of: entries, in: agency, start: Self.later) }

        static let later = Date().addingTimeInterval(60)
    }

    @Test func unchangedFolderHashesAlike() throws {
        let folder = try Folder()
        let stats = folder.stats
        #expect(folder.hash == folder.hash)
        #expect(stats.hash != nil)
        #expect(folder.recheck(stats.entries) == stats.hash)
        #expect(
            stats.entries.split(separator: "\0").sorted() == [
                "2566", "2566/items", "2566/items/o12.md", "2566/year.yaml", "agency.yaml",
            ])
    }

    /// Each change is seen by the bytes hash, and by the stats of the entries listed before it
    /// (a rebuild re-checks those without listing any folder).
    @Test func everyKindOfChangeChangesBothHashes() throws {
        let files = FileManager.default
        let changes: [(String, (Folder) throws -> Void)] = [
            ("bytes of a nested file", { try $0.write("agency/2566/items/o12.md", "# o13\n") }),
            ("a new nested file", { try $0.write("agency/2566/items/o42.md", "# o42\n") }),
            ("a new file at the top", { try $0.write("agency/logo.svg", "<svg/>\n") }),
            (
                "a new empty folder",
                { try files.createDirectory(at: $0.agency.appending(path: "2567"), withIntermediateDirectories: false) }
            ),
            ("a removed file", { try files.removeItem(at: $0.agency.appending(path: "2566/year.yaml")) }),
            (
                "a renamed file",
                { try files.moveItem(at: $0.agency.appending(path: "agency.yaml"), to: $0.agency.appending(path: "agency.yml")) }
            ),
            (
                "a link to a file outside",
                { try files.createSymbolicLink(atPath: $0.agency.path + "/logo.svg", withDestinationPath: "../outside.txt") }
            ),
        ]
        for (name, change) in changes {
            let folder = try Folder()
            let (hash, stats) = (folder.hash, folder.stats)
            try change(folder)
            #expect(folder.hash != hash, "bytes hash unchanged after \(name)")
            #expect(folder.recheck(stats.entries) != stats.hash, "stats unchanged after \(name)")
        }
    }

    /// A link's target is part of the agency: a change to the file outside is seen both ways.
    @Test func linkedFileIsHashedByItsTarget() throws {
        let folder = try Folder()
        try FileManager.default.createSymbolicLink(
            atPath: folder.agency.path + "/logo.svg", withDestinationPath: "../outside.txt")
        let (hash, stats) = (folder.hash, folder.stats)
        #expect(folder.recheck(stats.entries) == stats.hash)
        try folder.write("outside.txt", "changed outside\n")
        #expect(folder.hash != hash)
        #expect(folder.recheck(stats.entries) != stats.hash)
    }

    /// The stats walk does not change the bytes hash.
    @Test func folderAndStatsGiveTheBytesHash() throws {
        let folder = try Folder()
        #expect(BuildFingerprint.folderAndStats(folder.agency, start: Folder.later).bytes == folder.hash)
    }

    @Test func linkLoopIsWalkedOnce() throws {
        let folder = try Folder()
        try FileManager.default.createSymbolicLink(atPath: folder.agency.path + "/2566/again", withDestinationPath: "..")
        let hash = folder.hash
        #expect(hash == folder.hash)
        let stats = folder.stats
        #expect(stats.hash != nil)
        #expect(folder.recheck(stats.entries) == stats.hash)
    }

    /// An entry written within the racy window is not trusted by its times: no stats hash, either
    /// from the walk or from the re-check.
    @Test func justChangedFileHasNoStatsHash() throws {
        let folder = try Folder()
        let entries = folder.stats.entries
        try folder.write("agency/2566/year.yaml", "o1: {summary: x}\n")
        #expect(BuildFingerprint.folderAndStats(folder.agency, start: Date()).stats.hash == nil)
        #expect(BuildFingerprint.stats(of: entries, in: folder.agency, start: Date()) == nil)
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
