import OITCheck
import OITLoad
import OITModel
import OITRender

/// Replacing a value that exists: a text in place within its line (a comment after it stays), a
/// block in place of its lines.
extension YAMLLineEditor {
    mutating func replace(_ slot: YAMLSlot, with value: YAMLEditValue) throws {
        let node = slot.node
        let isEmptyFlow: Bool = {
            switch node.kind {
            case .mapping(let pairs): return node.style == .flow && pairs.isEmpty
            case .sequence(let items): return node.style == .flow && items.isEmpty
            case .scalar: return false
            }
        }()
        let inline =
            YAMLBlockWriter.isInline(value) || slot.inFlow || (node.style == .flow && !isEmptyFlow) || slot.isRoot
        if inline {
            replaceInline(slot, with: value)
        } else if node.isCollection, node.style == .block {
            replaceBlock(slot, with: value)
        } else {
            replaceTextWithBlock(slot, with: value)
        }
    }

    /// The value written on its key's line (a text, a flow collection, a literal block's header).
    private mutating func replaceInline(_ slot: YAMLSlot, with value: YAMLEditValue) {
        let node = slot.node
        let flow = slot.inFlow || node.style == .flow
        let written: (first: String, lines: [String])
        if case .scalar(let text) = value {
            let old = node.text.map { oldText in
                YAMLScalarStyle.Old(style: node.style, text: oldText, blockIndent: blockIndent(node))
            }
            written = YAMLScalarStyle.render(text, old: node.isEmptyScalar ? nil : old, flow: flow, ownerColumn: slot.ownerColumn)
        } else {
            written = (YAMLBlockWriter.flow(value), [])
        }
        var start = node.start
        if node.text != nil, node.style != .alias, let anchor = node.anchor {
            // `&name text`: an anchor no alias copies (else the edit is refused) stays before the new text.
            let written = lines.slice(start.line, from: start.column)
            if written.hasPrefix("&" + anchor) {
                let rest = written.unicodeScalars.dropFirst(anchor.unicodeScalars.count + 1)
                start.column += anchor.unicodeScalars.count + 1 + rest.prefix { $0 == " " || $0 == "\t" }.count
            }
        }
        var end = node.textEnd(in: lines)
        var lead = ""
        if node.isCollection, node.style == .block, node.start.line > slot.ownerLine {
            // A block below its key becomes a value on the key's line.
            start = slot.key.map(afterColon) ?? YAMLMark(line: slot.ownerLine, column: slot.ownerColumn + 1)
            end = YAMLMark(line: end.line, column: lines.length(end.line))
            lead = " "
        } else if node.isEmptyScalar {
            lead = start.column > 0 && lines.slice(start.line, from: start.column - 1, to: start.column) == " " ? "" : " "
        }
        // After a block header, the rest of the old line (a comment) stays on the header's line.
        let trailing = written.lines.isEmpty ? "" : lines.slice(end.line, from: end.column)
        if !trailing.isEmpty { end.column = lines.length(end.line) }
        // The comment after an old block's header (`summary: |  # note`) is the clerk's: it stays
        // on the key's line, after the new header or after a one-line value as an inline comment
        // (a text that fits one line is written on it; the comment keeps its place beside the key).
        let note = headerComment(node)
        let replacement = lead + written.first + note + trailing + written.lines.map { "\n" + $0 }.joined()
        lines.replace(from: start, to: end, with: replacement)
    }

    /// A block collection replaced by another, at the old one's column.
    private mutating func replaceBlock(_ slot: YAMLSlot, with value: YAMLEditValue) {
        let node = slot.node
        let last = node.lastLine(in: lines)
        if node.start.line == slot.ownerLine {
            // `- key: value` (or `- - item`): the new block starts after the same `- `.
            let block = YAMLBlockWriter.afterDash(value, dash: slot.ownerColumn)
            lines.replace(
                from: node.start, to: YAMLMark(line: last, column: lines.length(last)), with: block.joined(separator: "\n"))
            return
        }
        let column = node.start.column
        let block: [String]
        switch value {
        case .mapping(let pairs): block = pairs.flatMap { YAMLBlockWriter.entry($0.key, $0.value, indent: column) }
        case .sequence(let items): block = items.flatMap { YAMLBlockWriter.item($0, dash: column) }
        case .scalar, .remove: block = []
        }
        lines.removeLines(node.start.line...last)
        lines.insertLines(block, at: node.start.line)
    }

    /// A text (or an empty value, or `[]`/`{}`) replaced by a block collection below its key.
    private mutating func replaceTextWithBlock(_ slot: YAMLSlot, with value: YAMLEditValue) {
        let node = slot.node
        let end = node.isEmptyScalar ? node.start : node.textEnd(in: lines)
        if let key = slot.key {
            lines.replace(from: afterColon(key), to: end, with: "")
            let block = YAMLBlockWriter.valueLines(value, keyIndent: slot.ownerColumn)
            lines.insertLines(block, at: slot.ownerLine + 1)
        } else {
            let start = YAMLMark(line: slot.ownerLine, column: slot.ownerColumn + 1)
            let block = YAMLBlockWriter.afterDash(value, dash: slot.ownerColumn)
            lines.replace(from: start, to: end, with: " " + block.joined(separator: "\n"))
        }
    }

    /// The comment after a block scalar's header, with the spaces before it: `  # note` of
    /// `summary: |-  # note`; empty for other values and headers without one.
    private func headerComment(_ node: YAMLSpanNode) -> String {
        guard node.style == .literal || node.style == .folded else { return "" }
        let header = lines.slice(node.start.line, from: node.start.column)
        let rest = header.drop { "|>+-0123456789".contains($0) }
        guard rest.first == " " || rest.first == "\t", rest.drop(while: { $0 == " " || $0 == "\t" }).first == "#" else {
            return ""
        }
        return String(rest)
    }

    /// The column of a block scalar's lines: its first line that is not blank.
    private func blockIndent(_ node: YAMLSpanNode) -> Int? {
        guard node.style == .literal || node.style == .folded else { return nil }
        let last = node.lastLine(in: lines)
        guard node.start.line < last else { return nil }
        let first = ((node.start.line + 1)...last).first { !lines.isBlank($0) } ?? last
        return lines.indentation(first)
    }
}
