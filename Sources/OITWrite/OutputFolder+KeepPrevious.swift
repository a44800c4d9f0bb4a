import Foundation
import OITLoad
import OITRender

/// Keeping the previous output's files whose bytes did not change (hard links, so they keep
/// their inode and modification time).
extension OutputFolder {
    /// The destination's path when it holds an earlier build (its `OutputManifest`), whose files
    /// `keepPrevious` may keep; nil otherwise.
    package static func previousOutput(at destination: URL) -> String? {
        OutputManifest.isPresent(in: destination) ? destination.path : nil
    }

    /// Hard-links the previous output's file at `relativePath` into the staging folder when its
    /// bytes equal `bytes`. A plain file only (never a link), and false when linking is not possible.
    package func keepPrevious(_ bytes: UnsafeRawBufferPointer, at path: String, _ relativePath: String) -> Bool {
        guard let previous else { return false }
        let old = previous + "/" + relativePath
        var info = stat()
        guard lstat(old, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == bytes.count,
            let data = FileManager.default.contents(atPath: old), data.elementsEqual(bytes)
        else { return false }
        return link(old, path) == 0
    }
}
