import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender

/// Bytes many agencies' folders hold alike, written once and hard-linked.
extension OutputFolder {
    /// Writes bytes that many agencies' folders hold alike (the theme's style sheet and fonts):
    /// the first copy is written, each later one is a hard link to it, so the bytes are written
    /// and stored once rather than once per agency. Each name is still a file of its own to
    /// readers, servers and `rsync`/`lftp` (which copy the bytes). A copy whose link fails (a file
    /// system without hard links, a file at its link limit) is written instead.
    /// - Parameter key: names the shared bytes; every call with one key passes the same bytes.
    package func writeShared(_ bytes: [UInt8], key: String, to relativePath: String) throws {
        let path = try prepare(relativePath)
        let isKept = bytes.withUnsafeBytes { keepPrevious($0, at: path, relativePath) }
        var linked = false
        if !isKept, let first = lock.withLock({ sharedCopies[key] }), first.count == bytes.count {
            linked = link(first.path, path) == 0
        }
        if !isKept, !linked {
            if let code = bytes.withUnsafeBytes({ FileBytes.write($0, to: path, replacingLink: false) }) {
                throw Failure.cannotWrite(path: relativePath, reason: String(cString: strerror(code)))
            }
            lock.withLock {
                if sharedCopies[key] == nil { sharedCopies[key] = (path, bytes.count) }
            }
        }
        count(relativePath, kept: isKept)
    }
}
