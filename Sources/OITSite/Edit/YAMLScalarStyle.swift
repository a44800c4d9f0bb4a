import OITCheck
import OITLoad
import OITModel
import OITRender

/// How a scalar is written: plain when YAML reads it back as the same text of the same kind,
/// quoted when it needs to be or as the old value was, a literal block when it spans lines (a
/// folded block where the old value was folded and the new text can be).
enum YAMLScalarStyle {
    /// What YAML 1.1 (libyaml, Yams) may read a plain scalar as.
    enum Kind: Equatable {
        case null, bool, number, date, text
    }

    /// The value being replaced, as far as its style matters.
    struct Old {
        var style: YAMLSpanNode.Style
        var text: String
        /// The column of a block scalar's lines.
        var blockIndent: Int?
    }

    /// The scalar as written after `key: ` or `- `: one line, or a block header and its lines.
    /// - Parameters:
    ///   - old: the value it replaces (nil for a new key or an empty value).
    ///   - flow: inside `[…]` or `{…}`, where `,[]{}` end a plain scalar and blocks cannot be.
    ///   - ownerColumn: the column of the key (or `-`) it belongs to.
    static func render(_ text: String, old: Old?, flow: Bool, ownerColumn: Int) -> (first: String, lines: [String]) {
        switch old?.style {
        case .doubleQuoted?:
            return (YAMLEmitter.doubleQuoted(text), [])
        case .singleQuoted?:
            return (singleQuotable(text) ? singleQuoted(text) : YAMLEmitter.doubleQuoted(text), [])
        default:
            break
        }
        if text.contains("\n") {
            // A literal block keeps the old block's indentation; the indentation indicator of a
            // text that starts with a space counts from the key, so it uses the key's column.
            let contentIndent = old?.blockIndent ?? ownerColumn + 2
            let startsWithSpace = text.drop { $0 == "\n" }.first == " "
            let parent = startsWithSpace ? ownerColumn : contentIndent - 2
            if !flow, old?.style == .folded, let block = folded(text, parentIndent: parent) {
                return (block.header, block.lines)
            }
            if !flow, let block = YAMLEmitter.literalBlock(text, parentIndent: parent) {
                return (block.header, block.lines)
            }
            return (YAMLEmitter.doubleQuoted(text), [])
        }
        return (writesPlain(text, old: old, flow: flow) ? text : YAMLEmitter.doubleQuoted(text), [])
    }

    /// `text` as a folded block (`>`): a single line break between two lines of text folds into a
    /// space, so each line break is written as an empty line, which folding reads back as one break.
    /// Nil when folding cannot keep the text: a line that starts with a space or tab (folding keeps
    /// the breaks around such lines as they are, so the empty lines would add breaks) or what a
    /// literal block cannot hold; the caller then writes a literal block, which reads back the same
    /// text, so the edit is still checked and saved. The block is read back here to make sure.
    static func folded(_ text: String, parentIndent: Int) -> (header: String, lines: [String])? {
        guard let literal = YAMLEmitter.literalBlock(text, parentIndent: parentIndent), !literal.header.contains("2") else {
            return nil
        }
        let pad = String(repeating: " ", count: parentIndent + 2)
        guard !literal.lines.contains(where: { $0.hasPrefix(pad + " ") || $0.hasPrefix(pad + "\t") }) else { return nil }
        var lines: [String] = []
        for (index, line) in literal.lines.enumerated() {
            lines.append(line)
            if !line.isEmpty, index + 1 < literal.lines.count { lines.append("") }
        }
        let header = ">" + literal.header.dropFirst()
        let probe =
            "k: " + header + "\n" + lines.map { $0.isEmpty ? "" : String($0.dropFirst(parentIndent)) }.joined(separator: "\n")
            + "\n"
        guard case .success(let node?) = YAMLComposer.compose(probe, file: ""), case .mapping(let pairs) = node.value,
            case .scalar(let read, _) = pairs.first?.value.value, read == text
        else { return nil }
        return (header, lines)
    }

    /// A key as written before `: `.
    static func key(_ text: String, flow: Bool) -> String {
        let kind = kind(of: text)
        if kind == .text || kind == .number, plainSafe(text, flow: flow) { return text }
        return YAMLEmitter.doubleQuoted(text)
    }

    /// Plain when it reads back as this text, and as the same kind as the old plain value (a
    /// number where there was a number); a new number or date is plain, a new `true` is quoted.
    private static func writesPlain(_ text: String, old: Old?, flow: Bool) -> Bool {
        guard plainSafe(text, flow: flow) else { return false }
        let kind = kind(of: text)
        if kind == .text { return true }
        if let old, old.style == .plain, !old.text.isEmpty { return kind == Self.kind(of: old.text) }
        return kind == .number || kind == .date
    }

    /// Text a plain scalar holds as is: no indicator first, no `: ` or ` #` inside, no space at
    /// either end, no line break or control character, and in flow no `,[]{}`.
    static func plainSafe(_ text: String, flow: Bool) -> Bool {
        guard let first = text.first, let last = text.last else { return false }
        if first == " " || last == " " || last == ":" || "-?:,[]{}#&*!|>'\"%@`.".contains(first) {
            // `-1` and `.5` are numbers and read back as written.
            guard kind(of: text) == .number, !"?:,[]{}#&*!|>'\"%@`".contains(first) else { return false }
        }
        if text.contains(": ") || text.contains(" #") || text.contains("\t") { return false }
        if flow, text.contains(where: { ",[]{}".contains($0) }) { return false }
        return !text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{FEFF}" }
    }

    /// What a plain scalar of this text is read as (YAML 1.1's core types, as libyaml users resolve them).
    static func kind(of text: String) -> Kind {
        if ["", "~", "null", "Null", "NULL"].contains(text) { return .null }
        if ["y", "n", "yes", "no", "true", "false", "on", "off"].contains(text.lowercased()) { return .bool }
        if text.wholeMatch(of: /[-+]?(0x[0-9a-fA-F_]+|0o?[0-7_]+|0b[01_]+)/) != nil { return .number }
        if text.wholeMatch(of: /[-+]?([0-9][0-9_]*)?\.?[0-9_]*([eE][-+]?[0-9]+)?/) != nil, text.contains(where: \.isNumber) {
            return .number
        }
        if text.wholeMatch(of: /[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?/) != nil { return .number }
        if text.wholeMatch(of: /[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)/) != nil { return .number }
        if text.prefixMatch(of: /[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/) != nil { return .date }
        if ["=", "<<"].contains(text) { return .null }
        return .text
    }

    private static func singleQuotable(_ text: String) -> Bool {
        !text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{FEFF}" }
    }

    private static func singleQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
