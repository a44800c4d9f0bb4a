import Foundation
import OITLoad
import OITModel
import OITRender

/// Writing pages and files into the staging folder: one `open`, `write`, `close` each.
extension OutputFolder {
    public func write(_ text: String, to relativePath: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0), to: relativePath) }
    }

    public func write(_ data: Data, to relativePath: String) throws {
        try data.withUnsafeBytes { try write($0, to: relativePath) }
    }

    package func write(_ bytes: [UInt8], to relativePath: String) throws {
        try bytes.withUnsafeBytes { try write($0, to: relativePath) }
    }

    /// Writes the bytes, or links the previous output's file when it holds the same bytes. One
    /// `open`, `write`, `close`: no `fsync` (the finished build is moved in as a whole, and a crash
    /// leaves only the staging folder), no temporary file.
    package func write(_ bytes: UnsafeRawBufferPointer, to relativePath: String, replacingLink: Bool = false) throws {
        let path = try prepare(relativePath)
        let isKept = keepPrevious(bytes, at: path, relativePath)
        if !isKept, let code = FileBytes.write(bytes, to: path, replacingLink: replacingLink) {
            throw Failure.cannotWrite(path: relativePath, reason: String(cString: strerror(code)))
        }
        count(relativePath, kept: isKept)
    }
}
