import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender

/// An item kept in `items/oNN.md`: YAML front matter between `---` lines, then the Markdown body.
/// The editor writes the front matter through the same writer as `year.yaml` (`YAMLTextEditor`
/// with the file's `YAMLKeyOrder`, which edits only the front matter's lines) and replaces the
/// body here, byte for byte, leaving the front matter and its markers untouched.
public enum MarkdownItemFile {
    /// `ItemEdits` are made for `items.<code>.…` in `year.yaml`; in the item's own file the same
    /// keys sit at the top of the front matter. The body is not a front-matter key: it is dropped
    /// here and written by `replacingBody`.
    public static func frontMatterEdits(_ edits: [YAMLEdit]) -> [YAMLEdit] {
        edits.compactMap { edit in
            let components = Array(edit.path.components.dropFirst(2))
            guard let first = components.first, first != .key("body") else { return nil }
            return YAMLEdit(path: YAMLKeyPath(components), value: edit.value)
        }
    }

    /// The text with everything after the closing `---` line replaced by `body`. A browser posts
    /// `\r\n` line ends: they become the file's own (those of its first line), so a file kept
    /// with CRLF stays CRLF and one with LF stays LF. Nil when the front matter is not closed.
    public static func replacingBody(in text: String, with body: String) -> String? {
        let bytes = Array(text.utf8)
        guard let firstEnd = bytes.firstIndex(of: 0x0A) else { return nil }
        let lineEnd = firstEnd > 0 && bytes[firstEnd - 1] == 0x0D ? "\r\n" : "\n"
        var start = firstEnd + 1
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            var line = bytes[start..<end]
            if line.last == 0x0D { line = line.dropLast() }
            if line.elementsEqual("---".utf8) || line.elementsEqual("...".utf8) {
                let head = String(decoding: bytes[..<min(end + 1, bytes.count)], as: UTF8.self)
                let separator = end < bytes.count ? "" : lineEnd
                return head + separator + storedBody(body, lineEnd: lineEnd)
            }
            start = end + 1
        }
        return nil
    }

    /// The posted body as the file keeps it: every line end the file's own, one final line end
    /// when there is text; nothing else changed (leading spaces of an indented block are kept).
    static func storedBody(_ posted: String, lineEnd: String) -> String {
        var text = posted.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        while text.hasSuffix("\n") { text.removeLast() }
        guard !text.trimmingSpacesAndNewlines().isEmpty else { return "" }
        text += "\n"
        return lineEnd == "\n" ? text : text.replacingOccurrences(of: "\n", with: lineEnd)
    }
}
