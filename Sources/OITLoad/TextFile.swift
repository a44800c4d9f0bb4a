import Foundation
import OITModel

/// Turns the bytes of a content or template file into text, or says precisely why it cannot:
/// too large, not UTF-8, a NUL or another control character, each at its line and column.
///
/// A UTF-8 byte-order mark is dropped and Windows line ends (CRLF) become LF, so that files saved
/// by Notepad read the same as any other. Columns count characters (Unicode scalars), as
/// libyaml's marks do.
package enum TextFile {
    /// Content and template files are hand-written text: 5 MB is far above any real one and keeps
    /// a mistaken or hostile file from exhausting memory.
    package static let sizeLimit = 5 * 1_048_576

    package struct Problem: Error, Equatable {
        package var message: Message
        package var line: Int
        package var column: Int
    }

    /// Why a file's bytes could not be read.
    package enum ReadFailure: Error, Equatable {
        case tooLarge
        case unreadable
    }

    /// The bytes of the file at `path` (links followed), at most `limit` of them: one `open`,
    /// `fstat`, `read`s and `close` (FileManager's attributes would also look up the file's owner
    /// and group by name, reading the user and group databases for every file).
    package static func read(_ path: String, limit: Int = sizeLimit) -> Result<[UInt8], ReadFailure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.unreadable) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return .failure(.unreadable) }
        guard Int(info.st_size) <= limit else { return .failure(.tooLarge) }
        // Read to the end rather than trusting the size: a file may grow while it is read.
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                guard count <= limit else { return .failure(.tooLarge) }
                bytes.append(contentsOf: repeatElement(0, count: max(4096, count)))
            }
            let read = bytes.withUnsafeMutableBytes {
                Foundation.read(descriptor, $0.baseAddress.map { $0 + count }, $0.count - count)
            }
            if read < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable)
            }
            if read == 0 { break }
            count += read
        }
        guard count <= limit else { return .failure(.tooLarge) }
        bytes.removeLast(bytes.count - count)
        return .success(bytes)
    }

    package static func decode(_ data: Data) -> Result<String, Problem> { decode([UInt8](data)) }

    package static func decode(_ bytes: [UInt8]) -> Result<String, Problem> {
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard let text = String(validating: bytes[start...], as: UTF8.self) else {
            let offset = firstInvalidUTF8(bytes, from: start) ?? start
            let (line, column) = position(of: offset, in: bytes)
            return .failure(Problem(message: .notUTF8, line: line, column: column))
        }
        if let problem = firstControl(in: bytes, from: start) { return .failure(problem) }
        return .success(bytes.contains(0x0D) ? normalizingLineEnds(text) : text)
    }

    /// CRLF → LF. In Swift "\r\n" is one Character, so splitting on "\n" would miss it.
    package static func normalizingLineEnds(_ text: String) -> String {
        text.utf8.contains(0x0D) && text.contains("\r\n") ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
    }

    /// The byte offset of the first byte that does not begin a valid UTF-8 sequence.
    package static func firstInvalidUTF8(_ bytes: [UInt8], from start: Int) -> Int? {
        var iterator = bytes[start...].makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = start
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }

    /// NUL and other control characters YAML does not allow (C0 except tab and line ends, DEL,
    /// C1 except NEL), read from valid UTF-8: C0 and DEL are single bytes, C1 is 0xC2 followed by
    /// 0x80–0x9F. Columns count scalars (bytes that do not continue a sequence).
    private static func firstControl(in bytes: [UInt8], from start: Int) -> Problem? {
        // One quick pass over the bytes; line and column are counted only for a file that has one.
        var index = start
        var value: UInt32?
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 {
                if byte != 0x09 && byte != 0x0A && byte != 0x0D {
                    value = UInt32(byte)
                    break
                }
            } else if byte == 0x7F {
                value = UInt32(byte)
                break
            } else if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]),
                bytes[index + 1] != 0x85
            {
                value = UInt32(bytes[index + 1])
                break
            }
            index += 1
        }
        guard let value else { return nil }
        let message: Message = value == 0 ? .nulCharacter : .controlCharacter("U+" + String(format: "%04X", value))
        let (line, column) = position(of: index, in: bytes)
        return Problem(message: message, line: line, column: column)
    }

    /// 1-based line and column of a byte offset: lines end at LF; columns count scalars (bytes
    /// that do not continue a UTF-8 sequence).
    package static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < min(offset, bytes.count) {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return (line, column)
    }
}
