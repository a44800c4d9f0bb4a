import Foundation
import OITSite

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Notices edits in the content and theme folders by polling: every file's path, size and
/// modification time, read every half second. Portable (no inotify or FSEvents), and cheap: one
/// `readdir` per folder and one `fstatat` per file, as the build's own fingerprint walk (a walk
/// through FileManager took a quarter of a second for 500 agencies, half a core while idle).
struct FolderWatcher: Sendable {
    var folders: [URL]
    /// Folders inside the watched ones to leave out (a `Site/` built by hand into the project).
    var ignored: [URL]

    /// A value that changes whenever a file is added, removed, resized or touched.
    func fingerprint() -> Int {
        var hasher = Hasher()
        let ignoredPaths = Set(ignored.map { $0.standardizedFileURL.path })
        for folder in folders {
            Self.walk(folder.standardizedFileURL.path, ignoring: ignoredPaths, into: &hasher)
        }
        return hasher.finalize()
    }

    /// Adds every file below `path` (links followed, hidden entries left out), in name order.
    private static func walk(_ path: String, ignoring ignored: Set<String>, into hasher: inout Hasher) {
        guard let directory = opendir(path) else { return }
        defer { closedir(directory) }
        var files: [(name: String, size: Int, seconds: Int, nanoseconds: Int)] = []
        var folders: [String] = []
        FolderEntries.forEach(in: directory) { name, _ in
            guard !name.hasPrefix(".") else { return }
            var info = stat()
            guard fstatat(dirfd(directory), name, &info, 0) == 0 else { return }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                let child = path + "/" + name
                if !ignored.contains(child) { folders.append(child) }
                return
            }
            #if canImport(Darwin)
                let modified = info.st_mtimespec
            #else
                let modified = info.st_mtim
            #endif
            files.append((name, Int(info.st_size), Int(modified.tv_sec), Int(modified.tv_nsec)))
        }
        for file in files.sorted(by: { $0.name < $1.name }) {
            hasher.combine(path + "/" + file.name)
            hasher.combine(file.size)
            hasher.combine(file.seconds)
            hasher.combine(file.nanoseconds)
        }
        for folder in folders.sorted() { walk(folder, ignoring: ignored, into: &hasher) }
    }
}
