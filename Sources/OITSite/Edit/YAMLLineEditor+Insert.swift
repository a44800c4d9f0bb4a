import OITLoad
import OITModel
import OITRender

/// Adding a key to a mapping (where the documented order puts it) and an entry to a list (at its end).
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
        guard let after = predecessor(of: key, in: pairs.map { $0.key.text ?? "" }, at: slot.path) ?? (onDash ? 0 : nil)
        else {
            lines.insertLines(entry, at: first.key.start.line)
            return
        }
        let pairAfter = pairs[after]
        let last = pairAfter.value.isEmptyScalar ? pairAfter.key.end.line : pairAfter.value.lastLine(in: lines)
        lines.insertLines(entry, at: extent(lastLine: last, column: column) + 1)
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
        lines.insertLines(YAMLBlockWriter.item(value, dash: column), at: extent(lastLine: end, column: column) + 1)
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
