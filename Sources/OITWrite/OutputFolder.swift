import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender

/// Step 4 of the pipeline: writes a build into a temporary folder beside the output and swaps it
/// in only when complete, so a failed build leaves the previous site untouched.
///
/// Every path written is checked to stay inside the staging folder, and every file copied is read
/// as bytes (never copied as a link) from inside the folders the build may publish.
/// Agencies render in parallel into one staging folder; only the folder cache needs a lock.
///
/// A file whose bytes equal the previous output's file at the same path is not written: the
/// previous file is hard-linked into the staging folder, so it keeps its modification time and
/// `rsync` or `lftp mirror` upload only what changed.
///
/// One concern a file (`OutputFolder+Concern.swift`): here accepting the output folder and making
/// the staging folder; beside it the failures, the staging folders and safe paths, writing, shared
/// copies, copying, counts and the commit, and what a build over an earlier output adds
/// (`+KeepPrevious`: keeping its unchanged files; `+CommitUpdate`: moving in only the changed
/// entries; `+Cache`: the build cache). How a rebuild decides: `OITSite/Build/Incremental/README.md`.
public final class OutputFolder: @unchecked Sendable {
    /// How the finished build takes the destination's place.
    public enum Mode: Sendable, Equatable {
        /// The staging folder holds the whole site and replaces the destination in one move.
        case replace
        /// The staging folder holds only the top-level entries that changed (agency folders, the
        /// index page, the cache); at commit each replaces its namesake in the destination, and
        /// `removing` entries are taken away. Everything else in the destination stays as it is.
        case update(removing: Set<String>)
    }

    public let destination: URL
    /// The folder the build is written into (`.<output>.building/`), beside the destination.
    package let staging: URL
    public let mode: Mode

    // The state below is internal, not private, only so that this type's extensions in the other
    // files can reach it; nothing else uses it.
    package let stagingPath: String
    /// Real paths of the folders whose files may be copied; empty allows any source.
    package let allowedSources: [String]
    package let files = FileManager.default
    /// Folders made so far, by top-level folder (an agency's are let go when it is done:
    /// `finished(_:)`), so that memory does not grow with the number of agencies.
    package var createdFolders: [Substring: Set<String>] = [:]
    package let lock = NSLock()
    /// The destination, when it holds an earlier build whose unchanged files may be kept.
    package let previous: String?
    /// Files and pages written (or kept) so far, by top-level folder ("" for files at the top).
    package var counts: [Substring: Count] = [:]
    /// The first copy of each kind of shared bytes (`writeShared`): its path and size.
    package var sharedCopies: [String: (path: String, count: Int)] = [:]
    package var written = 0
    package var kept = 0
    package var pages = 0

    /// - Parameters:
    ///   - sources: the folders (content, theme) files may be copied from.
    ///   - mode: whether the build replaces the whole destination or only the entries it writes.
    public init(destination: URL, sources: [URL] = [], mode: Mode = .replace) throws {
        self.destination = destination.standardizedFileURL
        self.mode = mode
        previous = Self.previousOutput(at: self.destination)
        let parent = self.destination.deletingLastPathComponent()
        staging = parent.appending(path: ".\(self.destination.lastPathComponent).building")
        stagingPath = staging.path
        allowedSources = sources.map { RealPath.ofPossiblyMissing($0) }
        if let refusal = OutputGuard.mayReplace(self.destination) { throw Failure.refused(refusal) }
        do {
            try files.createDirectory(at: parent, withIntermediateDirectories: true)
            if files.fileExists(atPath: staging.path) {
                // Left by a build that was killed; it is ours only if it carries the manifest.
                guard OutputGuard.mayReplace(staging) == nil else {
                    throw Failure.refused(.foreignStaging(staging.lastPathComponent))
                }
                try files.removeItem(at: staging)
            }
            try files.createDirectory(at: staging, withIntermediateDirectories: false)
            try OutputManifest.write(into: staging)
        } catch let failure as Failure {
            throw failure
        } catch {
            try? files.removeItem(at: staging)
            throw Failure.cannotWrite(path: self.destination.path, reason: Self.reason(error))
        }
    }

    /// Throws the unfinished build away.
    public func discard() {
        try? files.removeItem(at: staging)
    }
}
