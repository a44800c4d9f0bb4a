import OITModel

/// Splits a Markdown file into its YAML front matter and body.
package struct FrontMatter {
    package var yaml: String
    /// Lines before the YAML in the file (the opening `---`), to keep line numbers true.
    package var lineOffset: Int
    package var body: String

    package enum Split {
        case none
        case unclosed
        case found(FrontMatter)
    }

    package static func parse(_ text: String) -> Split {
        if !text.utf8.contains(0x0D), !text.hasPrefix("\u{FEFF}") { return parseLF(text) }
        // "\r\n" is a single Character in Swift: splitting on "\n" alone would not split CRLF lines.
        let unmarked = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let normalized = TextFile.normalizingLineEnds(unmarked)
        var lines = normalized.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        guard lines.first?.trimmingSpaces() == "---" else { return .none }
        lines.removeFirst()
        guard let close = lines.firstIndex(where: { $0 == "---" || $0 == "..." }) else { return .unclosed }
        let yaml = lines[..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return .found(FrontMatter(yaml: yaml, lineOffset: 1, body: body))
    }

    /// `parse` for text without a carriage return or a byte-order mark (every file read through
    /// `TextFile`, which turns CRLF into LF): lines end at LF bytes, so the YAML and the body are
    /// slices of the text, found without splitting it into characters.
    private static func parseLF(_ text: String) -> Split {
        let bytes = text.utf8
        let firstEnd = bytes.firstIndex(of: 0x0A) ?? bytes.endIndex
        guard text[..<firstEnd].trimmingSpaces() == "---" else { return .none }
        guard firstEnd < bytes.endIndex else { return .unclosed }
        let yamlStart = bytes.index(after: firstEnd)
        var lineStart = yamlStart
        while true {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.endIndex
            if isMarker(bytes[lineStart..<lineEnd]) {
                // The lines before the marker, without the line end before it.
                let yaml = lineStart == yamlStart ? "" : String(text[yamlStart..<bytes.index(before: lineStart)])
                let body = lineEnd == bytes.endIndex ? "" : String(text[bytes.index(after: lineEnd)...])
                return .found(FrontMatter(yaml: yaml, lineOffset: 1, body: body))
            }
            guard lineEnd < bytes.endIndex else { return .unclosed }
            lineStart = bytes.index(after: lineEnd)
        }
    }

    /// `---` or `...`: the line that closes the front matter.
    private static func isMarker(_ line: Substring.UTF8View) -> Bool {
        line.elementsEqual("---".utf8) || line.elementsEqual("...".utf8)
    }
}
