import Foundation

/// Step 4 of the pipeline: writes a build into a temporary folder beside the output and swaps it
/// in only when complete, so a failed build leaves the previous site untouched.
///
/// Every path written is checked to stay inside the staging folder, and every file copied is read
/// as bytes (never copied as a link) from inside the folders the build may publish.
/// Agencies render in parallel into one staging folder; only the folder cache needs a lock.
public final class OutputFolder: @unchecked Sendable {
    /// What went wrong while writing; each maps to a message for the user.
    public enum Failure: Error, Equatable {
        /// A path built from content (an item code, a file name) would leave the output folder.
        case escapingPath(String)
        /// A file to copy whose real path lies outside the content and theme folders.
        case sourceOutside(String)
        /// The output folder may not be replaced.
        case refused(OutputGuard.Refusal)
        /// A file to copy that cannot be read.
        case cannotRead(String)
        /// The file system refused a write.
        case cannotWrite(path: String, reason: String)

        public var message: Message {
            switch self {
            case .escapingPath(let path): return .outputPathEscapes(path)
            case .sourceOutside(let path): return .outsideContent(path)
            case .refused(let reason): return .outputRefused(reason: reason)
            case .cannotWrite(let path, let reason): return .cannotWrite(path: path, reason: reason)
            case .cannotRead(let path): return .unreadableFile(path)
            }
        }
    }

    public let destination: URL
    let staging: URL
    private let stagingPath: String
    /// Real paths of the folders whose files may be copied; empty allows any source.
    private let allowedSources: [String]
    private let files = FileManager.default
    private var createdFolders = Set<String>()
    private let lock = NSLock()

    /// - Parameter sources: the folders (content, theme) files may be copied from.
    public init(destination: URL, sources: [URL] = []) throws {
        self.destination = destination.standardizedFileURL
        let parent = self.destination.deletingLastPathComponent()
        staging = parent.appendingPathComponent(".\(self.destination.lastPathComponent).building")
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

    public func write(_ text: String, to relativePath: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0), to: relativePath) }
    }

    public func write(_ data: Data, to relativePath: String) throws {
        try data.withUnsafeBytes { try write($0, to: relativePath) }
    }

    func write(_ bytes: [UInt8], to relativePath: String) throws {
        try bytes.withUnsafeBytes { try write($0, to: relativePath) }
    }

    /// One `open`, `write`, `close`: no `fsync` (the finished build is moved in as a whole, and a
    /// crash leaves only the staging folder), no temporary file.
    private func write(_ bytes: UnsafeRawBufferPointer, to relativePath: String) throws {
        let path = try prepare(relativePath)
        if let code = Self.writeFile(bytes, to: path, replacingLink: false) {
            throw Failure.cannotWrite(path: relativePath, reason: String(cString: strerror(code)))
        }
    }

    /// Copies the bytes of `source` (links followed, so the output never holds a link).
    public func copy(_ source: URL, to relativePath: String) throws {
        let data = try read(source)
        let path = try prepare(relativePath)
        if let code = data.withUnsafeBytes({ Self.writeFile($0, to: path, replacingLink: true) }) {
            throw Failure.cannotWrite(path: relativePath, reason: String(cString: strerror(code)))
        }
    }

    /// The bytes of a file to copy, from inside the folders the build may publish; read once, a
    /// file copied into every agency's folder (the theme's assets) is then written with `write`.
    func read(_ source: URL) throws -> [UInt8] {
        if !allowedSources.isEmpty {
            guard case .success(let real) = RealPath.of(source),
                allowedSources.contains(where: { RealPath.isInside(real, $0) })
            else { throw Failure.sourceOutside(source.path) }
        }
        guard let data = FileManager.default.contents(atPath: source.path) else { throw Failure.cannotRead(source.path) }
        return [UInt8](data)
    }

    /// Writes `bytes` to `path`, created or truncated; nil, or the `errno` of the failure.
    /// - Parameter replacingLink: a link at `path` is removed first rather than written through.
    private static func writeFile(_ bytes: UnsafeRawBufferPointer, to path: String, replacingLink: Bool) -> Int32? {
        let flags = O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | (replacingLink ? O_NOFOLLOW : 0)
        var descriptor = open(path, flags, 0o666)
        if descriptor < 0, replacingLink, errno == ELOOP {
            unlink(path)
            descriptor = open(path, flags, 0o666)
        }
        guard descriptor >= 0 else { return errno }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }

    /// Replaces the destination with the finished build. If the final move fails, the previous
    /// output is put back.
    public func commit() throws {
        let old = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).previous")
        // Checked again: the folder may have changed since the build started.
        if let refusal = OutputGuard.mayReplace(destination) {
            discard()
            throw Failure.refused(refusal)
        }
        do {
            if files.fileExists(atPath: old.path) { try files.removeItem(at: old) }
        } catch {
            discard()
            throw Failure.cannotWrite(path: old.path, reason: Self.reason(error))
        }
        var movedAway = false
        do {
            if files.fileExists(atPath: destination.path) {
                try files.moveItem(at: destination, to: old)
                movedAway = true
            }
            try files.moveItem(at: staging, to: destination)
        } catch {
            if movedAway, !files.fileExists(atPath: destination.path) { try? files.moveItem(at: old, to: destination) }
            discard()
            throw Failure.cannotWrite(path: destination.path, reason: Self.reason(error))
        }
        try? files.removeItem(at: old)
    }

    /// Throws the unfinished build away.
    public func discard() {
        try? files.removeItem(at: staging)
    }

    /// Nil when `relativePath` is a plain relative path: no `..`, `.`, empty segment, absolute
    /// start, backslash or control character, so that it cannot leave the staging folder.
    static func safeSegments(_ relativePath: String) -> [Substring]? {
        guard !relativePath.isEmpty, !relativePath.hasPrefix("/"),
            !relativePath.unicodeScalars.contains(where: { $0 == "\\" || $0.properties.generalCategory == .control })
        else { return nil }
        let segments = relativePath.split(separator: "/", omittingEmptySubsequences: false)
        // A trailing slash is not a file.
        guard segments.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else { return nil }
        return segments
    }

    /// The full path of `relativePath` in the staging folder, its folders created (each once).
    private func prepare(_ relativePath: String) throws -> String {
        guard let segments = Self.safeSegments(relativePath), segments != [Substring(OutputManifest.name)] else {
            throw Failure.escapingPath(relativePath)
        }
        let folder = segments.dropLast().reduce(stagingPath) { $0 + "/" + $1 }
        if let code = createFolder(folder) {
            throw Failure.cannotWrite(path: relativePath, reason: String(cString: strerror(code)))
        }
        return folder + "/" + segments[segments.count - 1]
    }

    /// Creates `folder` and any missing parent inside the staging folder with one `mkdir` each,
    /// the first time it is asked for; nil, or the `errno` of the failure.
    private func createFolder(_ folder: String) -> Int32? {
        if folder == stagingPath || lock.withLock({ createdFolders.contains(folder) }) { return nil }
        if mkdir(folder, 0o777) != 0 {
            switch errno {
            case EEXIST:
                break
            case ENOENT:
                let parent = String(folder[..<(folder.lastIndex(of: "/") ?? folder.startIndex)])
                if let code = createFolder(parent) { return code }
                if mkdir(folder, 0o777) != 0, errno != EEXIST { return errno }
            case let code:
                return code
            }
        }
        _ = lock.withLock { createdFolders.insert(folder) }
        return nil
    }

    /// The system's reason, without the path (messages name the path themselves).
    static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
            let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        if nsError.domain == NSCocoaErrorDomain {
            switch CocoaError.Code(rawValue: nsError.code) {
            case .fileWriteNoPermission: return String(cString: strerror(EACCES))
            case .fileWriteOutOfSpace: return String(cString: strerror(ENOSPC))
            case .fileWriteVolumeReadOnly: return String(cString: strerror(EROFS))
            case .fileWriteFileExists: return String(cString: strerror(EEXIST))
            default: break
            }
        }
        return "error \(nsError.code)"
    }
}
