import OITLoad
import OITModel
import OITRender

/// Applies one edit at a time to a document's lines: finds the value's place from libyaml's marks
/// (`YAMLSpanReader`) and rewrites only the lines (or the part of a line) of that value.
struct YAMLLineEditor {
    var lines: YAMLLines
    let order: YAMLKeyOrder
    /// Lines before `lines` in the file (a front matter's `---`), for the places of messages.
    let lineOffset: Int

    /// The document's root after the last change; nil when it is empty.
    func read() throws -> YAMLSpanNode? {
        let text = lines.parsed
        if case .failure(let problem) = YAMLComposer.compose(text, file: "", lineOffset: lineOffset) {
            throw YAMLEditError.refused(
                problem.message, at: SourceLocation(file: "", line: problem.line + lineOffset, column: problem.column))
        }
        return YAMLSpanReader.read(text)
    }

    mutating func apply(_ edit: YAMLEdit) throws {
        let components = edit.path.components
        guard !components.isEmpty else { throw YAMLEditError.refused(.edit(.invalidPath("")), at: nil) }
        guard let root = try read() else {
            if edit.value == .remove { return }
            guard case .key(let key) = components[0] else {
                throw refusal(.wrongContainer(path: edit.path.description, at: "", isList: false))
            }
            let value = try nest(components.dropFirst(), edit.value, path: edit.path)
            lines.insertLines(YAMLBlockWriter.entry(key, value, indent: 0), at: lines.count)
            return
        }
        var slot = YAMLSlot.root(root)
        var parent: (slot: YAMLSlot, position: Int)?
        let copied = root.aliasNames
        for (index, component) in components.enumerated() {
            let rest = components.dropFirst(index + 1)
            if slot.node.style == .alias { throw refusal(.throughAlias(path: edit.path.description), at: slot.node) }
            try refuseAnchored(slot.node, copied: copied, path: edit.path, whole: false)
            switch slot.node.kind {
            case .scalar:
                if edit.value == .remove { return }
                guard slot.node.isEmptyScalar else {
                    let at = YAMLKeyPath(slot.path).description
                    throw refusal(.pathThroughText(path: edit.path.description, at: at), at: slot.node)
                }
                try replace(slot, with: nest(components.dropFirst(index), edit.value, path: edit.path, near: slot.node))
                return
            case .mapping(let pairs):
                let name = Self.name(component)
                guard let position = pairs.firstIndex(where: { $0.key.text == name }) else {
                    if edit.value == .remove { return }
                    try insert(name, nest(rest, edit.value, path: edit.path, near: slot.node), into: slot)
                    return
                }
                parent = (slot, position)
                slot = slot.child(pairs[position], name: name)
            case .sequence(let items):
                guard case .index(let number) = component else {
                    let at = YAMLKeyPath(slot.path).description
                    throw refusal(.wrongContainer(path: edit.path.description, at: at, isList: true), at: slot.node)
                }
                if number < items.count {
                    parent = (slot, number)
                    slot = slot.item(items[number], index: number, dash: dash(of: items[number], in: slot.node))
                    continue
                }
                if edit.value == .remove { return }
                guard number == items.count else {
                    throw refusal(
                        .indexOutOfRange(path: edit.path.description, index: number, count: items.count), at: slot.node)
                }
                try append(nest(rest, edit.value, path: edit.path, near: slot.node), to: slot)
                return
            }
        }
        try refuseAnchored(slot.node, copied: copied, path: edit.path, whole: true)
        if edit.value == .remove, let parent {
            remove(at: parent.position, of: parent.slot)
        } else if edit.value != .remove {
            try replace(slot, with: edit.value)
        }
    }

    /// Refuses an edit in a node whose anchor (`&name`) an alias copies: the copies would change too
    /// (or, with the anchor gone, not read). `whole`: the node itself is replaced or removed, so an
    /// anchor anywhere inside it counts. An anchor no alias copies is only a name and is edited.
    func refuseAnchored(_ node: YAMLSpanNode, copied: Set<String>, path: YAMLKeyPath, whole: Bool) throws {
        if node.style != .alias, let anchor = node.anchor, copied.contains(anchor) {
            throw refusal(.anchored(path: path.description, anchor: anchor), at: node)
        }
        guard whole else { return }
        switch node.kind {
        case .scalar: return
        case .mapping(let pairs):
            for pair in pairs { try refuseAnchored(pair.value, copied: copied, path: path, whole: true) }
        case .sequence(let items):
            for item in items { try refuseAnchored(item, copied: copied, path: path, whole: true) }
        }
    }

    /// The value that makes the rest of a path exist: `{rest0: {rest1: value}}`, a list for `0`.
    /// `near` is the node the value goes into, where a refusal points.
    func nest(
        _ rest: ArraySlice<YAMLKeyPath.Component>, _ value: YAMLEditValue, path: YAMLKeyPath, near: YAMLSpanNode? = nil
    ) throws -> YAMLEditValue {
        var nested = value
        for component in rest.reversed() {
            switch component {
            case .key(let key): nested = .mapping([YAMLEditPair(key: key, value: nested)])
            case .index(0): nested = .sequence([nested])
            case .index(let index):
                throw refusal(.indexOutOfRange(path: path.description, index: index, count: 0), at: near)
            }
        }
        return nested
    }

    /// A key as a mapping holds it: an index-looking component under a mapping is the key `1`.
    static func name(_ component: YAMLKeyPath.Component) -> String {
        switch component {
        case .key(let key): return key
        case .index(let index): return String(index)
        }
    }

    /// The edit cannot be made; `node` is where the path stops fitting the file.
    func refusal(_ finding: EditFinding, at node: YAMLSpanNode? = nil) -> YAMLEditError {
        let place = node.map {
            SourceLocation(file: "", line: $0.start.line + 1 + lineOffset, column: $0.start.column + 1)
        }
        return .refused(.edit(finding), at: place)
    }

    /// Where the `-` of a block list's entry is: at the list's column, on the entry's line or the
    /// nearest line above it (`-` alone on a line, the entry below). A flow entry has none: its start.
    func dash(of item: YAMLSpanNode, in list: YAMLSpanNode) -> YAMLMark {
        guard list.style == .block else { return item.start }
        let column = list.start.column
        var line = item.start.line
        while line > list.start.line, lines.slice(line, from: column, to: column + 1) != "-" { line -= 1 }
        return YAMLMark(line: line, column: column)
    }

    /// The last line of an entry whose key (or `-`) is at `column`: its value's last line, and the
    /// comment lines right after it that are indented further than the key (they are inside it).
    func extent(lastLine: Int, column: Int) -> Int {
        var end = lastLine
        while end + 1 < lines.count, lines.isComment(end + 1), lines.indentation(end + 1) > column { end += 1 }
        return end
    }

    /// The column just after the colon that follows `key` on its line.
    func afterColon(_ key: YAMLSpanNode) -> YAMLMark {
        let line = key.end.line
        let rest = Array(lines.slice(line, from: key.end.column).unicodeScalars)
        let offset = rest.firstIndex(of: ":") ?? 0
        return YAMLMark(line: line, column: key.end.column + offset + 1)
    }
}
