import OITCheck
import OITLoad
import OITModel
import OITRender

/// A YAML node with where it starts and ends in the text, for editing it in place.
///
/// `YAMLComposer` keeps where a node starts, which is all a check needs; an edit also needs where
/// it ends and how it was written (quoted, a block scalar, flow), which this keeps.
struct YAMLSpanNode: Sendable {
    enum Style: Equatable, Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded
        case block, flow
        /// `*name`: a copy of an anchored node; edits do not go through it.
        case alias
    }

    enum Kind: Sendable {
        case scalar(String)
        case mapping([(key: YAMLSpanNode, value: YAMLSpanNode)])
        case sequence([YAMLSpanNode])
    }

    var kind: Kind
    var style: Style
    var start: YAMLMark
    var end: YAMLMark
    /// The anchor's name of `&name value`; for an alias (`*name`), the name it copies.
    var anchor: String? = nil

    var text: String? {
        if case .scalar(let text) = kind { return text }
        return nil
    }

    /// The empty value of `key:` with nothing after it (libyaml places it just after the colon).
    var isEmptyScalar: Bool { style == .plain && text == "" }

    var isCollection: Bool { text == nil && style != .alias }

    /// The names every alias (`*name`) in the node and below it copies.
    var aliasNames: Set<String> {
        switch kind {
        case .scalar: return style == .alias ? Set(anchor.map { [$0] } ?? []) : []
        case .mapping(let pairs):
            return pairs.reduce(into: Set<String>()) { $0.formUnion($1.key.aliasNames.union($1.value.aliasNames)) }
        case .sequence(let items): return items.reduce(into: Set<String>()) { $0.formUnion($1.aliasNames) }
        }
    }

    /// The last line the node's own text is on; a block scalar's trailing blank lines are not its.
    func lastLine(in lines: YAMLLines) -> Int {
        switch kind {
        case .scalar:
            guard style == .literal || style == .folded else {
                return end.column == 0 && end.line > start.line ? end.line - 1 : end.line
            }
            var line = min(end.column == 0 ? end.line - 1 : end.line, lines.count - 1)
            while line > start.line, lines.isBlank(line) { line -= 1 }
            return line
        case .mapping(let pairs):
            guard style == .block, let last = pairs.last else { return end.line }
            return last.value.isEmptyScalar ? last.key.end.line : last.value.lastLine(in: lines)
        case .sequence(let items):
            guard style == .block, let last = items.last else { return end.line }
            return last.isEmptyScalar ? last.start.line : last.lastLine(in: lines)
        }
    }

    /// Where the node's own text ends: a block scalar ends with its last line that is not blank.
    func textEnd(in lines: YAMLLines) -> YAMLMark {
        guard style == .literal || style == .folded || style == .block else { return end }
        let line = lastLine(in: lines)
        return YAMLMark(line: line, column: lines.length(line))
    }
}
