import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The hashes an incremental build decides from: one per agency (every file under its folder,
/// names and bytes) and one for everything all agencies share (the tool, the theme, the
/// frameworks, the options that change pages). An agency is rendered again when either changed.
enum BuildFingerprint {
    /// Every file under `folder`, names and bytes, in name order. Links are followed (a shared
    /// logo linked into an agency is part of it) and their targets hashed too; a folder reached
    /// twice (a link loop) is hashed once. A missing folder hashes as empty.
    static func folder(_ folder: URL) -> String {
        var walker = Walker()
        walker.walk(folder.path)
        return walker.bytes.hex
    }

    /// What an agency's folder looked like when its bytes were hashed: every entry under it, and
    /// a hash of each entry's `stat` (type, inode, size, modification and change times; a link's
    /// and its target's).
    ///
    /// A later build re-checks it with `stats(of:in:start:)`, one `fstatat` per entry and no
    /// folder listing: a file added, removed or renamed changes its folder's times, and a file
    /// written changes its own, so equal stats mean equal names and bytes.
    struct Stats: Equatable, Sendable {
        /// `stats` of the entries, or nil when one changed less than `racyWindow` seconds before the
        /// build started (or after), as a file written twice within one tick of the clock could keep
        /// its times and size (Git's "racy clean" problem): such a folder is hashed again next time.
        var hash: String?
        /// The entries' paths relative to the folder, in walk order, each ended by a NUL (no file name
        /// holds one): one string per agency keeps the cache small and quick to read.
        var entries: String
    }

    /// `folder(_:)` and the folder's `Stats`, in one walk.
    static func folderAndStats(_ folder: URL, start: Date) -> (bytes: String, stats: Stats) {
        var walker = Walker(hashStats: true, racyAfter: racyAfter(start))
        walker.walk(folder.path)
        return (walker.bytes.hex, Stats(hash: walker.racy ? nil : walker.stats.hex, entries: walker.entries))
    }

    /// The hash of `Stats` taken again for the entries listed (`Stats.entries`) without listing any
    /// folder; nil when one of them changed within the racy window. Equal to the cached hash exactly
    /// when no entry changed.
    static func stats(of entries: String, in folder: URL, start: Date) -> String? {
        var hasher = WordwiseFNVHash()
        var racy = false
        let after = racyAfter(start)
        let base = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if base >= 0 { close(base) } }
        var root = stat()
        addEntry("", own: base >= 0 && fstat(base, &root) == 0 ? root : nil, target: nil, to: &hasher, racy: &racy, after: after)
        guard base >= 0 else { return hasher.hex }
        for relative in entries.utf8.split(separator: 0) {
            let name = String(Substring(relative))
            var own = stat()
            guard fstatat(base, name, &own, AT_SYMLINK_NOFOLLOW) == 0 else {
                addEntry(name, own: nil, target: nil, to: &hasher, racy: &racy, after: after)
                continue
            }
            var target = stat()
            let isLink = (own.st_mode & S_IFMT) == S_IFLNK
            let followed = isLink && fstatat(base, name, &target, 0) == 0
            addEntry(name, own: own, target: followed ? target : nil, to: &hasher, racy: &racy, after: after)
        }
        return racy ? nil : hasher.hex
    }

    private static func racyAfter(_ start: Date) -> Int { Int(start.timeIntervalSince1970) - racyWindow }

    /// One entry of `Stats`: its path, its own `lstat`, and for a link its target's `stat` (nil when
    /// missing); `target` is `own` for anything else.
    fileprivate static func addEntry(
        _ relative: String, own: stat?, target: stat?, to hasher: inout WordwiseFNVHash, racy: inout Bool, after: Int
    ) {
        func add(_ info: stat?) {
            guard let info else {
                hasher.add("missing")
                return
            }
            #if canImport(Darwin)
                let (modified, changed) = (info.st_mtimespec, info.st_ctimespec)
            #else
                let (modified, changed) = (info.st_mtim, info.st_ctim)
            #endif
            for number in [
                UInt64(info.st_mode), UInt64(info.st_dev), UInt64(info.st_ino), UInt64(info.st_size),
                UInt64(modified.tv_sec), UInt64(modified.tv_nsec), UInt64(changed.tv_sec), UInt64(changed.tv_nsec),
            ] {
                hasher.add(number)
            }
            if Int(modified.tv_sec) >= after || Int(changed.tv_sec) >= after { racy = true }
        }
        hasher.add(relative)
        add(own)
        if let own, (own.st_mode & S_IFMT) == S_IFLNK { add(target) }
    }

    /// Seconds before a build's start within which a file's times are not trusted (two seconds:
    /// the coarsest file system clock, FAT's).
    static let racyWindow = 2

    /// Several folders (a theme over the built-in theme, the content's overrides), each under a
    /// label so that moving a file from one to another counts as a change.
    /// - Parameter builtIn: the hash of the built-in files under them (`BuiltInFiles`).
    static func folders(builtIn: String, _ folders: [(label: String, url: URL?)]) -> String {
        var walker = Walker()
        walker.add("built-in \(builtIn)")
        for (label, url) in folders {
            walker.add(label)
            if let url { walker.walk(url.path) } else { walker.add("none") }
        }
        return walker.bytes.hex
    }

    /// What every page depends on besides its agency's files.
    /// The latest assessed round on the build's check day (`CheckDate`) counts because checks
    /// depend on it: a cached agency's messages are renewed once a year, when it changes.
    static func site(
        theme: String, frameworks: String, contentName: String, baseURL: String?, auditEveryPage: Bool,
        assessedRound: Int
    ) -> String {
        var hasher = WordwiseFNVHash()
        for part in [
            "format \(BuildCache.format)", "oit \(OITVersion.current)", toolIdentity, "theme \(theme)",
            "frameworks \(frameworks)", "content \(contentName)", "base-url \(baseURL ?? "-")",
            "audit-every-page \(auditEveryPage)", "assessed-round \(assessedRound)",
        ] {
            hasher.add(part)
        }
        return hasher.hex
    }

    /// The running binary's size and modification time: a rebuilt or reinstalled oit renders
    /// everything once, even when its version number did not change.
    static let toolIdentity: String = {
        let path = Bundle.main.executablePath ?? CommandLine.arguments.first ?? ""
        var info = stat()
        guard stat(path, &info) == 0 else { return "tool unknown" }
        #if canImport(Darwin)
            let seconds = Int(info.st_mtimespec.tv_sec)
            let nanoseconds = Int(info.st_mtimespec.tv_nsec)
        #else
            let seconds = Int(info.st_mtim.tv_sec)
            let nanoseconds = Int(info.st_mtim.tv_nsec)
        #endif
        return "tool \(info.st_size) \(seconds).\(nanoseconds)"
    }()

    /// Walks folders for hashing: into `bytes`, every name and the bytes of every file (read
    /// through one reused buffer); into `stats` and `entries`, what `Stats` holds.
    ///
    /// Every entry is reached relative to its open folder (`openat`, `fstatat`, `readlinkat`), never
    /// by its full path, which the kernel would walk component by component for every file.
    private struct Walker {
        /// A folder already walked, by device and inode: a link loop is hashed once.
        private struct FolderID: Hashable {
            var device: UInt64
            var inode: UInt64
        }

        private(set) var bytes = WordwiseFNVHash()
        private(set) var stats = WordwiseFNVHash()
        /// `Stats.entries`.
        private(set) var entries = ""
        /// Whether `stats` and `entries` are taken too (the bytes hash always is).
        let hashStats: Bool
        let racyAfter: Int
        /// An entry changed within the racy window was found.
        private(set) var racy = false
        private var visited = Set<FolderID>()
        private var buffer: [UInt8]

        init(hashStats: Bool = false, racyAfter: Int = 0) {
            self.hashStats = hashStats
            self.racyAfter = racyAfter
            buffer = [UInt8](repeating: 0, count: 1 << 16)
        }

        /// Adds a name or a label to the bytes hash.
        mutating func add(_ text: String) { bytes.add(text) }

        mutating func walk(_ path: String) {
            var info = stat()
            let found = stat(path, &info) == 0
            addEntry("", own: found ? info : nil, target: nil)
            guard found else {
                add("missing ")
                return
            }
            visit(AT_FDCWD, path, relative: "", info: info)
        }

        private mutating func addEntry(_ relative: String, own: stat?, target: stat?) {
            guard hashStats else { return }
            if !relative.isEmpty { entries += relative + "\0" }
            BuildFingerprint.addEntry(relative, own: own, target: target, to: &stats, racy: &racy, after: racyAfter)
        }

        /// The entry `name` of the open folder `parent` (or a path, with `AT_FDCWD`), whose `stat`
        /// (links followed) is `info`. Children are listed with `readdir` and looked at with one
        /// `fstatat` each (a second one, following it, only for a link).
        private mutating func visit(_ parent: Int32, _ name: String, relative: String, info: stat) {
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                guard visited.insert(FolderID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted else {
                    add("loop \(relative)")
                    return
                }
                add("folder \(relative)")
                let descriptor = openat(parent, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                guard descriptor >= 0, let directory = fdopendir(descriptor) else {
                    if descriptor >= 0 { close(descriptor) }
                    return
                }
                defer { closedir(directory) }
                let folder = dirfd(directory)
                for child in Self.names(in: directory) {
                    let childRelative = relative.isEmpty ? child : relative + "/" + child
                    var own = stat()
                    guard fstatat(folder, child, &own, AT_SYMLINK_NOFOLLOW) == 0 else {
                        addEntry(childRelative, own: nil, target: nil)
                        add("missing \(childRelative)")
                        continue
                    }
                    if (own.st_mode & S_IFMT) == S_IFLNK {
                        add("link \(childRelative) \(Self.linkTarget(folder, child))")
                        var target = stat()
                        let followed = fstatat(folder, child, &target, 0) == 0
                        addEntry(childRelative, own: own, target: followed ? target : nil)
                        guard followed else {
                            add("missing \(childRelative)")
                            continue
                        }
                        visit(folder, child, relative: childRelative, info: target)
                    } else {
                        addEntry(childRelative, own: own, target: nil)
                        visit(folder, child, relative: childRelative, info: own)
                    }
                }
            case S_IFREG:
                add("file \(relative)")
                bytes.add(UInt64(info.st_size))
                addBytes(of: parent, name)
            default:
                add("other \(relative)")
            }
        }

        /// The names in a folder, sorted (bytewise, as Swift sorts strings), without "." and "..".
        private static func names(in directory: FolderEntries.Directory) -> [String] {
            var names: [String] = []
            FolderEntries.forEach(in: directory) { name, _ in names.append(name) }
            return names.sorted()
        }

        private static func linkTarget(_ folder: Int32, _ name: String) -> String {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let count = readlinkat(folder, name, &buffer, buffer.count - 1)
            guard count >= 0 else { return "?" }
            return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }

        /// Adds the bytes of `name` in the open folder `folder` to `bytes`.
        private mutating func addBytes(of folder: Int32, _ name: String) {
            let descriptor = openat(folder, name, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else {
                bytes.add("unreadable")
                return
            }
            defer { close(descriptor) }
            var hasher = bytes
            defer { bytes = hasher }
            buffer.withUnsafeMutableBytes { raw in
                while true {
                    let count = read(descriptor, raw.baseAddress, raw.count)
                    if count <= 0 {
                        if count < 0 { hasher.add("read error") }
                        return
                    }
                    hasher.add(UnsafeRawBufferPointer(rebasing: raw[0..<count]))
                }
            }
        }
    }
}
