import OITCheck
import OITLoad
import OITModel
import OITRender

/// Writes new values as YAML lines in the layout the scaffold and docs/CONTENT.md use: a mapping's
/// keys one a line, a list's entries as `- ` two spaces further in than its key, an entry that is
/// a mapping with its first key on the `- ` line; empty lists and mappings as `[]` and `{}`.
enum YAMLBlockWriter {
    /// `key: value` lines with the key at `indent`.
    static func entry(_ key: String, _ value: YAMLEditValue, indent: Int) -> [String] {
        let pad = String(repeating: " ", count: indent)
        let name = YAMLScalarStyle.key(key, flow: false)
        switch value {
        case .scalar(let text):
            let written = YAMLScalarStyle.render(text, old: nil, flow: false, ownerColumn: indent)
            return ["\(pad)\(name): \(written.first)"] + written.lines
        case .sequence(let items) where !items.isEmpty:
            return ["\(pad)\(name):"] + items.flatMap { item($0, dash: indent + 2) }
        case .mapping(let pairs) where !pairs.isEmpty:
            return ["\(pad)\(name):"] + pairs.flatMap { entry($0.key, $0.value, indent: indent + 2) }
        case .sequence, .mapping, .remove:
            return ["\(pad)\(name): \(flow(value))"]
        }
    }

    /// A list entry's lines with its `-` at column `dash`.
    static func item(_ value: YAMLEditValue, dash: Int) -> [String] {
        let pad = String(repeating: " ", count: dash)
        switch value {
        case .scalar(let text):
            let written = YAMLScalarStyle.render(text, old: nil, flow: false, ownerColumn: dash)
            return ["\(pad)- \(written.first)"] + written.lines
        case .sequence(let items) where !items.isEmpty:
            return onDash(items.flatMap { item($0, dash: dash + 2) }, dash: dash)
        case .mapping(let pairs) where !pairs.isEmpty:
            return onDash(pairs.flatMap { entry($0.key, $0.value, indent: dash + 2) }, dash: dash)
        case .sequence, .mapping, .remove:
            return ["\(pad)- \(flow(value))"]
        }
    }

    /// The lines of a collection value (not empty) whose first line goes after a `- ` already
    /// written at column `dash`: the first line without its indentation, the others as they are.
    static func afterDash(_ value: YAMLEditValue, dash: Int) -> [String] {
        var lines = item(value, dash: dash)
        lines[0] = String(lines[0].dropFirst(dash + 2))
        return lines
    }

    /// Block lines of a non-empty collection that is the value of a key at `indent`.
    static func valueLines(_ value: YAMLEditValue, keyIndent indent: Int) -> [String] {
        switch value {
        case .sequence(let items): return items.flatMap { item($0, dash: indent + 2) }
        case .mapping(let pairs): return pairs.flatMap { entry($0.key, $0.value, indent: indent + 2) }
        case .scalar, .remove: return []
        }
    }

    /// A value in flow style: `[a, b]`, `{k: v}`.
    static func flow(_ value: YAMLEditValue) -> String {
        switch value {
        case .scalar(let text): return YAMLScalarStyle.render(text, old: nil, flow: true, ownerColumn: 0).first
        case .sequence(let items): return "[" + items.map(flow).joined(separator: ", ") + "]"
        case .mapping(let pairs):
            return "{" + pairs.map { "\(YAMLScalarStyle.key($0.key, flow: true)): \(flow($0.value))" }.joined(separator: ", ")
                + "}"
        case .remove: return ""
        }
    }

    /// Whether the value is written on its key's line (a text, or an empty list or mapping).
    static func isInline(_ value: YAMLEditValue) -> Bool {
        switch value {
        case .scalar, .remove: return true
        case .sequence(let items): return items.isEmpty
        case .mapping(let pairs): return pairs.isEmpty
        }
    }

    /// Lines indented for a list entry: the first line's last two spaces of indentation become `- `.
    private static func onDash(_ lines: [String], dash: Int) -> [String] {
        guard let first = lines.first else { return [] }
        return [String(repeating: " ", count: dash) + "- " + first.dropFirst(dash + 2)] + lines.dropFirst()
    }
}
