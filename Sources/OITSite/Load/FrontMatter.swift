/// Splits a Markdown file into its YAML front matter and body.
struct FrontMatter {
    var yaml: String
    /// Lines before the YAML in the file (the opening `---`), to keep line numbers true.
    var lineOffset: Int
    var body: String

    enum Split {
        case none
        case unclosed
        case found(FrontMatter)
    }

    static func parse(_ text: String) -> Split {
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
}
