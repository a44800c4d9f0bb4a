import Foundation

/// Writing a file's bytes with as few system calls as possible: the output folder writes tens of
/// thousands of pages per build, the built-in files are written out once per run.
package enum FileBytes {
    /// Writes `bytes` to `path`, created or truncated, with one `open`, `write`, `close`; nil, or
    /// the `errno` of the failure.
    /// - Parameter replacingLink: a link at `path` is removed first rather than written through.
    package static func write(_ bytes: UnsafeRawBufferPointer, to path: String, replacingLink: Bool) -> Int32? {
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
}
