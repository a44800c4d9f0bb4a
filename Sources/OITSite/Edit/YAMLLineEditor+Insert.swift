import OITLoad
import OITModel
import OITRender

/// Adding a key to a mapping (where the documented order puts it) and an entry to a list (at its
/// end), spaced as the file spaces the entries around it: a blank line before the new one when its
/// siblings are separated by blank lines (the scaffold writes one before each item), none when not.
/// Comment lines above siblings are the clerk's words about those entries and are not copied.
extension YAMLLineEditor {
    mutating func insert(_ key: String, _ value: YAMLEditValue, into slot: YAMLSlot) throws {
        guard case .mapping(let pairs) = slot.node.kind else { return }
        let pair = YAMLEditPair(key: key, value: value)
        if slot.node.style == .flow {
            guard let last = pairs.last else {
                try replace(slot, with: .mapping([pair]))
                return
            }
            let text = ", \(YAMLScalarStyle.key(key, flow: true)): \(YAMLBlockWriter.flow(value))"
            lines.replace(from: last.value.end, to: last.value.end, with: text)
            return
        }
        guard let first = pairs.first else { return }
        let column = first.key.start.column
        let entry = YAMLBlockWriter.entry(key, value, indent: column)
        let onDash = slot.ownedByDash && first.key.start.line == slot.ownerLine
        // Where each key starts, and where each entry ends (its value and the comments inside it).
        let starts = pairs.map(\.key.start.line)
        let ends = pairs.map { pair in
            extent(lastLine: pair.value.isEmptyScalar ? pair.key.end.line : pair.value.lastLine(in: lines), column: column)
        }
        // The root's first key follows the file's head, not a sibling: its blank lines are no spacing.
        let separated = pairs.indices.map { index in
            blankBetween(index == 0 ? (slot.isRoot ? starts[0] : slot.ownerLine) : ends[index - 1], starts[index])
        }
        guard let after = predecessor(of: key, in: pairs.map { $0.key.text ?? "" }, at: slot.path) ?? (onDash ? 0 : nil)
        else {
            guard separated[0] else {
                lines.insertLines(entry, at: first.key.start.line)
                return
            }
            // First of keys spaced apart: above the comment lines over the old first key (they are
            // its), spaced from it as the file spaces its keys.
            var top = first.key.start.line
            while top - 1 > slot.ownerLine, lines.isComment(top - 1), lines.indentation(top - 1) == column { top -= 1 }
            lines.insertLines(entry + [""], at: top)
            return
        }
        // Spaced as the key after the new one is from the key before it; at the end, as the last key is.
        let spaced = after + 1 < pairs.count ? separated[after + 1] : separated[after]
        lines.insertLines((spaced ? [""] : []) + entry, at: ends[after] + 1)
    }

    mutating func append(_ value: YAMLEditValue, to slot: YAMLSlot) throws {
        guard case .sequence(let items) = slot.node.kind else { return }
        if slot.node.style == .flow {
            guard let last = items.last else {
                try replace(slot, with: .sequence([value]))
                return
            }
            lines.replace(from: last.end, to: last.end, with: ", " + YAMLBlockWriter.flow(value))
            return
        }
        guard let last = items.last else { return }
        let column = slot.node.start.column
        let end = last.isEmptyScalar ? last.start.line : last.lastLine(in: lines)
        // Spaced from the last entry as the last entry is from the one before it (or from its key).
        let lastDash = dash(of: last, in: slot.node).line
        let before: Int
        if items.count > 1 {
            let previous = items[items.count - 2]
            let previousEnd = previous.isEmptyScalar ? dash(of: previous, in: slot.node).line : previous.lastLine(in: lines)
            before = extent(lastLine: previousEnd, column: column)
        } else {
            before = slot.isRoot ? lastDash : slot.ownerLine
        }
        let spacing = blankBetween(before, lastDash) ? [""] : []
        lines.insertLines(spacing + YAMLBlockWriter.item(value, dash: column), at: extent(lastLine: end, column: column) + 1)
    }

    /// Whether a line strictly between lines `from` and `to` is blank: the file spaces its entries.
    func blankBetween(_ from: Int, _ to: Int) -> Bool {
        from + 1 < to && (from + 1..<to).contains { lines.isBlank($0) }
    }

    /// The position of the key a new key goes after: the nearest key before it in the documented
    /// order (or, among codes, the nearest smaller code); the last key when the order does not
    /// name it; nil when it goes first.
    func predecessor(of key: String, in keys: [String], at path: [YAMLKeyPath.Component]) -> Int? {
        if order.isCodeMapping(path) {
            let before = keys.indices.filter { YAMLKeyOrder.naturallyBefore(keys[$0], key) }
            return before.max { YAMLKeyOrder.naturallyBefore(keys[$0], keys[$1]) }
        }
        guard let documented = order.keys(at: path), let rank = documented.firstIndex(of: key) else {
            return keys.isEmpty ? nil : keys.count - 1
        }
        let before = keys.indices.filter { documented.firstIndex(of: keys[$0]).map { $0 < rank } ?? false }
        return before.max { documented.firstIndex(of: keys[$0]) ?? 0 < documented.firstIndex(of: keys[$1]) ?? 0 }
    }
}
