import Foundation
import OITLoad
import OITRender

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A folder's entries read with `readdir` from an open directory, for the walks that must not pay
/// for FileManager (the fingerprint walk, the output's agency folders).
package enum FolderEntries {
    #if canImport(Darwin)
        package typealias Directory = UnsafeMutablePointer<DIR>
    #else
        package typealias Directory = OpaquePointer
    #endif

    /// Calls `body` with each entry's name and type (`d_type`, which may be `DT_UNKNOWN`), without
    /// "." and "..", in the order the file system lists them.
    package static func forEach(in directory: Directory, _ body: (_ name: String, _ type: UInt8) -> Void) {
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if name != "." && name != ".." { body(name, entry.pointee.d_type) }
        }
    }

    /// The names of the folders in `folder` (links followed), read with one listing rather than
    /// one `stat` per entry; empty when it cannot be listed.
    static func folderNames(in folder: URL) -> Set<String> {
        guard let directory = opendir(folder.path) else { return [] }
        defer { closedir(directory) }
        var names = Set<String>()
        forEach(in: directory) { name, type in
            var isFolder = type == UInt8(DT_DIR)
            if type == UInt8(DT_UNKNOWN) || type == UInt8(DT_LNK) {
                // Not every file system says what an entry is; a link is followed.
                var info = stat()
                isFolder = fstatat(dirfd(directory), name, &info, 0) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            }
            if isFolder { names.insert(name) }
        }
        return names
    }
}
