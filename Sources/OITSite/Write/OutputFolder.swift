import Foundation

/// Step 4 of the pipeline: writes a build into a temporary folder beside the output and swaps it
/// in only when complete, so a failed build leaves the previous site untouched.
///
/// Agencies render in parallel into one staging folder; only the folder cache needs a lock.
public final class OutputFolder: @unchecked Sendable {
    public let destination: URL
    let staging: URL
    private let files = FileManager.default
    private var createdFolders = Set<String>()
    private let lock = NSLock()

    public init(destination: URL) throws {
        self.destination = destination.standardizedFileURL
        let parent = self.destination.deletingLastPathComponent()
        staging = parent.appendingPathComponent(".\(self.destination.lastPathComponent).building")
        try files.createDirectory(at: parent, withIntermediateDirectories: true)
        if files.fileExists(atPath: staging.path) { try files.removeItem(at: staging) }
        try files.createDirectory(at: staging, withIntermediateDirectories: true)
    }

    public func write(_ text: String, to relativePath: String) throws {
        try write(Data(text.utf8), to: relativePath)
    }

    public func write(_ data: Data, to relativePath: String) throws {
        let url = try prepare(relativePath)
        try data.write(to: url)
    }

    public func copy(_ source: URL, to relativePath: String) throws {
        let url = try prepare(relativePath)
        if files.fileExists(atPath: url.path) { try files.removeItem(at: url) }
        try files.copyItem(at: source, to: url)
    }

    /// Replaces the destination with the finished build.
    public func commit() throws {
        let old = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).previous")
        if files.fileExists(atPath: old.path) { try files.removeItem(at: old) }
        if files.fileExists(atPath: destination.path) { try files.moveItem(at: destination, to: old) }
        try files.moveItem(at: staging, to: destination)
        if files.fileExists(atPath: old.path) { try files.removeItem(at: old) }
    }

    /// Throws the unfinished build away.
    public func discard() {
        try? files.removeItem(at: staging)
    }

    private func prepare(_ relativePath: String) throws -> URL {
        let url = staging.appendingPathComponent(relativePath)
        let folder = url.deletingLastPathComponent()
        let known = lock.withLock { createdFolders.contains(folder.path) }
        if !known {
            try files.createDirectory(at: folder, withIntermediateDirectories: true)
            _ = lock.withLock { createdFolders.insert(folder.path) }
        }
        return url
    }
}
