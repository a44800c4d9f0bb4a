import Foundation

/// Notices edits in the content and theme folders by polling: every file's path, size and
/// modification time, read every half second. Portable (no inotify or FSEvents), and cheap for
/// the few thousand files a content folder holds.
struct FolderWatcher: Sendable {
    var folders: [URL]
    /// Folders inside the watched ones to leave out (a `Site/` built by hand into the project).
    var ignored: [URL]

    /// A value that changes whenever a file is added, removed, resized or touched.
    func fingerprint() -> Int {
        var hasher = Hasher()
        let ignoredPaths = Set(ignored.map { $0.standardizedFileURL.path })
        let keys: [URLResourceKey] = [.contentModificationDateKey, .fileSizeKey, .isDirectoryKey]
        for folder in folders {
            guard
                let enumerator = FileManager.default.enumerator(
                    at: folder, includingPropertiesForKeys: keys,
                    options: [.skipsHiddenFiles])
            else { continue }
            while let url = enumerator.nextObject() as? URL {
                let values = try? url.resourceValues(forKeys: Set(keys))
                if values?.isDirectory == true {
                    if ignoredPaths.contains(url.standardizedFileURL.path) { enumerator.skipDescendants() }
                    continue
                }
                hasher.combine(url.path)
                hasher.combine(values?.fileSize ?? -1)
                hasher.combine(values?.contentModificationDate?.timeIntervalSinceReferenceDate ?? 0)
            }
        }
        return hasher.finalize()
    }
}
