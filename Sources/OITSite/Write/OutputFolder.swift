import Foundation

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
            case .sourceOutside(let path): return .outsideContent(SourceFile(path))
            case .refused(let reason): return .outputRefused(reason: reason)
            case .cannotWrite(let path, let reason): return .cannotWrite(path: SourceFile(path), reason: reason)
            case .cannotRead(let path): return .unreadableFile(SourceFile(path))
            }
        }
    }

    public let destination: URL
    let staging: URL
    private let stagingPath: String
    /// Real paths of the folders whose files may be copied; empty allows any source.
    private let allowedSources: [String]
    private let files = FileManager.default
    /// Folders made so far, by top-level folder (an agency's are let go when it is done:
    /// `finished(_:)`), so that memory does not grow with the number of agencies.
    private var createdFolders: [Substring: Set<String>] = [:]
    private let lock = NSLock()
    public let mode: Mode
    /// The destination, when it holds an earlier build whose unchanged files may be kept.
    private let previous: String?
    /// Files and pages written (or kept) so far, by top-level folder ("" for files at the top).
    private var counts: [Substring: Count] = [:]
    /// The first copy of each kind of shared bytes (`writeShared`): its path and size.
    private var sharedCopies: [String: (path: String, count: Int)] = [:]
    private var written = 0
    private var kept = 0
    private var pages = 0

    /// - Parameters:
    ///   - sources: the folders (content, theme) files may be copied from.
    ///   - mode: whether the build replaces the whole destination or only the entries it writes.
    public init(destination: URL, sources: [URL] = [], mode: Mode = .replace) throws {
        self.destination = destination.standardizedFileURL
        self.mode = mode
        previous = OutputManifest.isPresent(in: self.destination) ? self.destination.path : nil
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

    /// Writes the bytes, or links the previous output's file when it holds the same bytes. One
    /// `open`, `write`, `close`: no `fsync` (the finished build is moved in as a whole, and a crash
    /// leaves only the staging folder), no temporary file.
    private func write(_ bytes: UnsafeRawBufferPointer, to relativePath: String, replacingLink: Bool = false) throws {
        let path = try prepare(relativePath)
        let isKept = keepPrevious(bytes, at: path, relativePath)
        if !isKept, let code = Self.writeFile(bytes, to: path, replacingLink: replacingLink) {
            throw Failure.cannotWrite(path: relativePath, reason: String(cString: strerror(code)))
        }
        count(relativePath, kept: isKept)
    }

    /// Counts a file written or kept, and a page when it is one.
    private func count(_ relativePath: String, kept isKept: Bool) {
        let page = relativePath.hasSuffix(".html") ? 1 : 0
        let top = Self.topFolder(of: relativePath)
        lock.withLock {
            counts[top, default: Count()].files += 1
            counts[top, default: Count()].pages += page
            if isKept { kept += 1 } else { written += 1 }
            pages += page
        }
    }

    /// Writes bytes that many agencies' folders hold alike (the theme's style sheet and fonts):
    /// the first copy is written, each later one is a hard link to it, so the bytes are written
    /// and stored once rather than once per agency. Each name is still a file of its own to
    /// readers, servers and `rsync`/`lftp` (which copy the bytes). A copy whose link fails (a file
    /// system without hard links, a file at its link limit) is written instead.
    /// - Parameter key: names the shared bytes; every call with one key passes the same bytes.
    func writeShared(_ bytes: [UInt8], key: String, to relativePath: String) throws {
        let path = try prepare(relativePath)
        let isKept = bytes.withUnsafeBytes { keepPrevious($0, at: path, relativePath) }
        var linked = false
        if !isKept, let first = lock.withLock({ sharedCopies[key] }), first.count == bytes.count {
            linked = link(first.path, path) == 0
        }
        if !isKept, !linked {
            if let code = bytes.withUnsafeBytes({ Self.writeFile($0, to: path, replacingLink: false) }) {
                throw Failure.cannotWrite(path: relativePath, reason: String(cString: strerror(code)))
            }
            lock.withLock {
                if sharedCopies[key] == nil { sharedCopies[key] = (path, bytes.count) }
            }
        }
        count(relativePath, kept: isKept)
    }

    /// Writes the build cache (`BuildCache`) at the top of the staging folder; not counted as a file
    /// of the site.
    func writeCache(_ data: Data) throws {
        do {
            try data.write(to: staging.appending(path: BuildCache.name))
        } catch {
            throw Failure.cannotWrite(path: BuildCache.name, reason: Self.reason(error))
        }
    }

    /// Files and pages in one folder of the output.
    public struct Count: Equatable, Sendable {
        public var files = 0
        public var pages = 0
    }

    /// Files and pages written (new or kept) so far under a top-level folder of the output, or
    /// at the top with "".
    public func count(under folder: String) -> Count { lock.withLock { counts[Substring(folder)] ?? Count() } }

    /// Says that nothing more is written under the top-level `folder` (an agency's): the folders
    /// remembered there are let go.
    public func finished(_ folder: String) { _ = lock.withLock { createdFolders.removeValue(forKey: Substring(folder)) } }

    /// The first segment of a path when it is in a folder; "" for a file at the top.
    private static func topFolder(of relativePath: String) -> Substring {
        guard let slash = relativePath.firstIndex(of: "/") else { return "" }
        return relativePath[..<slash]
    }
    /// Files written with new bytes so far.
    public var filesWritten: Int { lock.withLock { written } }
    /// Files whose bytes equalled the previous build's, kept as they were.
    public var filesKept: Int { lock.withLock { kept } }
    /// Pages (`.html` files) written or kept so far.
    public var pageCount: Int { lock.withLock { pages } }

    /// Hard-links the previous output's file at `relativePath` into the staging folder when its
    /// bytes equal `bytes`. A plain file only (never a link), and false when linking is not possible.
    private func keepPrevious(_ bytes: UnsafeRawBufferPointer, at path: String, _ relativePath: String) -> Bool {
        guard let previous else { return false }
        let old = previous + "/" + relativePath
        var info = stat()
        guard lstat(old, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == bytes.count,
            let data = FileManager.default.contents(atPath: old), data.elementsEqual(bytes)
        else { return false }
        return link(old, path) == 0
    }

    /// Copies the bytes of `source` (links followed, so the output never holds a link).
    public func copy(_ source: URL, to relativePath: String) throws {
        let data = try read(source)
        try data.withUnsafeBytes { try write($0, to: relativePath, replacingLink: true) }
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

    /// Writes `bytes` to `path`, created or truncated, with one `open`, `write`, `close`; nil, or
    /// the `errno` of the failure.
    /// - Parameter replacingLink: a link at `path` is removed first rather than written through.
    static func writeFile(_ bytes: UnsafeRawBufferPointer, to path: String, replacingLink: Bool) -> Int32? {
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
            let written = Foundation.write(descriptor, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
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
            .appending(path: ".\(destination.lastPathComponent).previous")
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
        if case .update(let removing) = mode {
            try commitUpdate(removing: removing, old: old)
            return
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

    /// Moves each staged top-level entry into the destination, the entry it replaces (and each
    /// entry in `removing`) aside into `old`; the build cache last, so that a build killed halfway
    /// leaves a cache that makes the next build render the moved agencies again. If a move fails,
    /// every move made is undone.
    private func commitUpdate(removing: Set<String>, old: URL) throws {
        guard OutputManifest.isPresent(in: destination) else {
            discard()
            throw Failure.cannotWrite(path: destination.path, reason: String(cString: strerror(ENOENT)))
        }
        let staged: [String]
        do {
            staged = try files.contentsOfDirectory(atPath: staging.path).filter { $0 != OutputManifest.name }
                .sorted { ($0 == BuildCache.name ? 1 : 0, $0) < ($1 == BuildCache.name ? 1 : 0, $1) }
            try files.createDirectory(at: old, withIntermediateDirectories: false)
        } catch {
            discard()
            throw Failure.cannotWrite(path: destination.path, reason: Self.reason(error))
        }
        var moves: [(from: URL, to: URL)] = []
        func move(_ from: URL, _ to: URL) throws {
            try files.moveItem(at: from, to: to)
            moves.append((from, to))
        }
        func exists(_ url: URL) -> Bool { (try? files.attributesOfItem(atPath: url.path)) != nil }
        do {
            for name in removing.subtracting(staged).sorted() where exists(destination.appending(path: name)) {
                try move(destination.appending(path: name), old.appending(path: name))
            }
            for name in staged {
                let target = destination.appending(path: name)
                if exists(target) { try move(target, old.appending(path: name)) }
                try move(staging.appending(path: name), target)
            }
        } catch {
            for (from, to) in moves.reversed() { try? files.moveItem(at: to, to: from) }
            discard()
            try? files.removeItem(at: old)
            throw Failure.cannotWrite(path: destination.path, reason: Self.reason(error))
        }
        discard()
        try? files.removeItem(at: old)
    }

    /// Throws the unfinished build away.
    public func discard() {
        try? files.removeItem(at: staging)
    }

    /// Nil when `relativePath` is a plain relative path: no `..`, `.`, empty segment, absolute
    /// start, backslash or control character, so that it cannot leave the staging folder.
    static func safeSegments(_ relativePath: String) -> [Substring]? {
        guard !relativePath.isEmpty, !hasBackslashOrControl(relativePath) else { return nil }
        // Split at every "/" byte, as the file system does: split into characters, a "/" that a
        // combining mark follows would not split, and "../\u{301}" would pass as one segment.
        let segments = relativePath.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        // An empty segment: a path that starts with "/", has "//", or ends with "/" (not a file).
        guard
            segments.allSatisfy({
                !$0.isEmpty && !$0.elementsEqual(".".utf8) && !$0.elementsEqual("..".utf8)
            })
        else { return nil }
        return segments.map { Substring($0) }
    }

    /// Whether `path` holds a backslash or a control character (general category Cc: U+0000–U+001F,
    /// U+007F–U+009F), read from its UTF-8 bytes: U+0080–U+009F is 0xC2 then 0x80–0x9F.
    static func hasBackslashOrControl(_ path: String) -> Bool {
        var previous: UInt8 = 0
        for byte in path.utf8 {
            if byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "\\") || (previous == 0xC2 && byte <= 0x9F && byte >= 0x80) {
                return true
            }
            previous = byte
        }
        return false
    }

    /// The full path of `relativePath` in the staging folder, its folders created (each once).
    private func prepare(_ relativePath: String) throws -> String {
        guard let segments = Self.safeSegments(relativePath), segments != [Substring(OutputManifest.name)],
            segments != [Substring(BuildCache.name)]
        else {
            throw Failure.escapingPath(relativePath)
        }
        let folder = segments.dropLast().reduce(stagingPath) { $0 + "/" + $1 }
        if let code = createFolder(folder, group: segments.count > 1 ? segments[0] : "") {
            throw Failure.cannotWrite(path: relativePath, reason: String(cString: strerror(code)))
        }
        return folder + "/" + segments[segments.count - 1]
    }

    /// Creates `folder` and any missing parent inside the staging folder with one `mkdir` each,
    /// the first time it is asked for; nil, or the `errno` of the failure.
    private func createFolder(_ folder: String, group: Substring) -> Int32? {
        if folder == stagingPath || lock.withLock({ createdFolders[group]?.contains(folder) ?? false }) { return nil }
        if mkdir(folder, 0o777) != 0 {
            switch errno {
            case EEXIST:
                break
            case ENOENT:
                let parent = String(folder[..<(folder.lastIndex(of: "/") ?? folder.startIndex)])
                if let code = createFolder(parent, group: group) { return code }
                if mkdir(folder, 0o777) != 0, errno != EEXIST { return errno }
            case let code:
                return code
            }
        }
        _ = lock.withLock { createdFolders[group, default: []].insert(folder) }
        return nil
    }

    /// The system's reason, without the path (messages name the path themselves).
    static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
            let code = POSIXErrorCode(rawValue: Int32(underlying.code))
        {
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
