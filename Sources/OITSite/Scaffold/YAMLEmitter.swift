import OITCheck
import OITLoad
import OITModel
import OITRender

/// Writes the YAML text of the values a generated content file holds: scalars, `key: value`
/// lines and comments.
///
/// Generated files are read back by the loader and edited by hand, so a value is written plain
/// when YAML reads it back as the same text, double-quoted (with escapes) when it would be read as
/// something else (a number, a date, `null`, a comment, a mapping), and as a literal block (`|`)
/// when it spans lines, which is how a webmaster would type it.
enum YAMLEmitter {
    /// One scalar on one line: plain when that reads back as the same text, else double-quoted.
    static func inline(_ text: String) -> String {
        isPlainSafe(text) ? text : doubleQuoted(text)
    }

    /// `key: value` as lines indented by `indent` spaces. A text with line breaks becomes a literal
    /// block scalar whose lines are indented two spaces more than the key.
    static func keyValue(_ key: String, _ value: String, indent: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        guard let block = literalBlock(value, parentIndent: indent) else {
            return ["\(pad)\(inline(key)): \(inline(value))"]
        }
        return ["\(pad)\(inline(key)): \(block.header)"] + block.lines
    }

    /// `- value` as lines, the `-` at `indent`; a text with line breaks becomes a literal block.
    static func sequenceItem(_ value: String, indent: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        guard let block = literalBlock(value, parentIndent: indent) else { return ["\(pad)- \(inline(value))"] }
        return ["\(pad)- \(block.header)"] + block.lines
    }

    /// A comment line; line breaks inside the text become spaces so that it stays one comment.
    static func comment(_ text: String, indent: Int) -> String {
        let flat = text.unicodeScalars.map { isLineBreak($0) ? " " : String($0) }.joined()
        let trimmed = flat.trimmingTrailingSpaces()
        return String(repeating: " ", count: indent) + (trimmed.isEmpty ? "#" : "# " + trimmed)
    }

    /// The lines of YAML turned into comments at `indent`, keeping their own indentation after
    /// the `#`, so that removing `# ` gives the YAML back.
    static func commentedOut(_ lines: [String], indent: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        return lines.map { line in
            let rest =
                line.count >= indent && line.prefix(indent).allSatisfy({ $0 == " " }) ? String(line.dropFirst(indent)) : line
            return rest.isEmpty ? pad + "#" : pad + "# " + rest
        }
    }

    // MARK: - Plain scalars

    /// Words that YAML 1.1 (libyaml, Yams) may read as null, a boolean or a number.
    private static let reservedWords: Set<String> = [
        "null", "~", "true", "false", "yes", "no", "on", "off", "y", "n", "=", "<<",
    ]

    /// Characters that may not start a plain scalar (YAML 1.2 §5.3, indicators), plus `.` so that
    /// `.inf`, `.nan` and `...` stay text.
    private static let leadingIndicators: Set<Character> = [
        "-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", ".",
    ]

    static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last else { return false }
        if first == " " || last == " " || leadingIndicators.contains(first) { return false }
        if reservedWords.contains(text.lowercased()) { return false }
        // Numbers, dates, times and sexagesimals all start with a digit or a sign before a digit.
        if first.isASCII, first.isNumber { return false }
        if first == "+", text.dropFirst().first?.isNumber == true { return false }
        if text.contains(": ") || text.contains(" #") || last == ":" { return false }
        return !text.unicodeScalars.contains { needsEscape($0) || $0 == "\t" || isLineBreak($0) }
    }

    // MARK: - Double-quoted scalars

    /// A double-quoted scalar with every character YAML cannot hold as is written as an escape.
    static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\0": out += "\\0"
            case "\u{85}": out += "\\N"
            case "\u{2028}": out += "\\L"
            case "\u{2029}": out += "\\P"
            default:
                if needsEscape(scalar) {
                    out += scalar.value <= 0xFF ? "\\x" + hex(scalar.value, width: 2) : "\\u" + hex(scalar.value, width: 4)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Control characters, DEL, C1 controls and the byte-order mark: not printable in YAML.
    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) || value == 0xFEFF
    }

    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        ["\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"].contains(scalar)
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    // MARK: - Literal blocks

    /// The header (`|`, `|-`, `|+`, with an indentation indicator when the first line starts with
    /// a space) and the indented lines of `text` as a literal block; nil when the text has no line
    /// break or holds characters a literal block cannot keep (then it is double-quoted).
    /// The block's lines are indented two spaces more than `parentIndent`, the column of the key
    /// (or of the `-`) it belongs to; the indentation indicator, when needed, is relative to it.
    static func literalBlock(_ text: String, parentIndent: Int) -> (header: String, lines: [String])? {
        guard text.contains("\n") else { return nil }
        let unsafe = text.unicodeScalars.contains {
            ($0 != "\n" && isLineBreak($0)) || (needsEscape($0) && $0 != "\n" && $0 != "\t")
        }
        guard !unsafe, text.contains(where: { !$0.isWhitespace }) else { return nil }
        let trailing = text.reversed().prefix { $0 == "\n" }.count
        let chomping: String
        var body = Substring(text)
        switch trailing {
        case 0: chomping = "-"
        case 1:
            chomping = ""
            body = body.dropLast()
        default:
            chomping = "+"
            body = body.dropLast()
        }
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // A literal block guesses its indentation from the first line that is not empty; a line
        // that starts with a space (or a tab read as content) needs the indentation stated.
        let firstText = lines.first { !$0.isEmpty } ?? ""
        let indicator = firstText.first == " " || firstText.first == "\t" ? "2" : ""
        let pad = String(repeating: " ", count: parentIndent + 2)
        return ("|" + indicator + chomping, lines.map { $0.isEmpty ? "" : pad + $0 })
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var text = Substring(self)
        while text.last == " " || text.last == "\t" { text = text.dropLast() }
        return String(text)
    }
}
