import Foundation

/// Writing pages and files into the staging folder: one `open`, `write`, `close` each.
extension OutputFolder {
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
    func write(_ bytes: UnsafeRawBufferPointer, to relativePath: String, replacingLink: Bool = false) throws {
        let path = try prepare(relativePath)
        let isKept = keepPrevious(bytes, at: path, relativePath)
        if !isKept, let code = Self.writeFile(bytes, to: path, replacingLink: replacingLink) {
            throw Failure.cannotWrite(path: relativePath, reason: String(cString: strerror(code)))
        }
        count(relativePath, kept: isKept)
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
}
