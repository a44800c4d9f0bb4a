import Foundation
import OITLoad
import OITRender

/// Paths built from content, checked on their bytes so that none leaves the staging folder.
extension OutputFolder {
    /// Nil when `relativePath` is a plain relative path: no `..`, `.`, empty segment, absolute
    /// start, backslash or control character, so that it cannot leave the staging folder.
    package static func safeSegments(_ relativePath: String) -> [Substring]? {
        guard !relativePath.isEmpty, !hasBackslashOrControl(relativePath) else { return nil }
        // Split at every "/" byte, as the file system does: split into characters, a "/" that a
        // combining mark follows would not split, and "../\u{301}" would pass as one segment.
        let segments = relativePath.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        // An empty segment: a path that starts with "/", has "//", or ends with "/" (not a file).
        guard
            segments.allSatisfy({
                !$0.isEmpty && !$0.elementsEqual(".".utf8) && !$0.elementsEqual("..".utf8)
            })
        else { return nil }
        return segments.map { Substring($0) }
    }

    /// Whether `path` holds a backslash or a control character (general category Cc: U+0000–U+001F,
    /// U+007F–U+009F), read from its UTF-8 bytes: U+0080–U+009F is 0xC2 then 0x80–0x9F.
    package static func hasBackslashOrControl(_ path: String) -> Bool {
        var previous: UInt8 = 0
        for byte in path.utf8 {
            if byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "\\") || (previous == 0xC2 && byte <= 0x9F && byte >= 0x80) {
                return true
            }
            previous = byte
        }
        return false
    }
}
