import OITLoad
import OITModel
import OITRender

/// Removing a key or a list entry: exactly its lines (its value, and comments inside it).
extension YAMLLineEditor {
    mutating func remove(at position: Int, of parent: YAMLSlot) {
        switch parent.node.kind {
        case .mapping(let pairs):
            if pairs.count == 1, !parent.isRoot {
                // The last key: the mapping stays, empty, so the file still reads a mapping there.
                try? replace(parent, with: .mapping([]))
                return
            }
            let spans = pairs.map { (start: $0.key.start, end: $0.value.isEmptyScalar ? $0.key.end : $0.value.end) }
            if parent.node.style == .flow {
                removeFlow(position, spans)
                return
            }
            let pair = pairs[position]
            let column = pair.key.start.column
            let last = pair.value.isEmptyScalar ? pair.key.end.line : pair.value.lastLine(in: lines)
            let end = extent(lastLine: last, column: column)
            if parent.ownedByDash, position == 0, pair.key.start.line == parent.ownerLine {
                // `- title: x` loses its first key: the next key moves onto the `- `.
                let dash = lines.slice(pair.key.start.line, from: 0, to: column)
                let next = pairs[1].key.start.line - (end - pair.key.start.line + 1)
                lines.removeLines(pair.key.start.line...end)
                lines.replace(from: YAMLMark(line: next, column: 0), to: YAMLMark(line: next, column: column), with: dash)
            } else {
                lines.removeLines(pair.key.start.line...end)
            }
        case .sequence(let items):
            if items.count == 1, !parent.isRoot {
                try? replace(parent, with: .sequence([]))
                return
            }
            if parent.node.style == .flow {
                removeFlow(position, items.map { (start: $0.start, end: $0.end) })
                return
            }
            let item = items[position]
            let dash = dash(of: item, in: parent.node)
            let last = item.isEmptyScalar ? dash.line : item.lastLine(in: lines)
            lines.removeLines(dash.line...extent(lastLine: last, column: dash.column))
        case .scalar:
            break
        }
    }

    /// Removes entry `position` of a flow collection with the comma that separates it.
    private mutating func removeFlow(_ position: Int, _ spans: [(start: YAMLMark, end: YAMLMark)]) {
        let span = spans[position]
        if position > 0 {
            lines.replace(from: spans[position - 1].end, to: span.end, with: "")
        } else if spans.count > 1 {
            lines.replace(from: span.start, to: spans[1].start, with: "")
        } else {
            lines.replace(from: span.start, to: span.end, with: "")
        }
    }
}
