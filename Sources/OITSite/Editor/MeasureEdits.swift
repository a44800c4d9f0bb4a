import OITLoad
import OITRender

/// The edits that turn the measures of `measures.yaml` into the posted ones, one per value that
/// changed (`measures.2.title`), so the writer keeps every other byte: removed measures go with
/// exactly their lines, the rest are compared place by place, new ones are appended.
public enum MeasureEdits {
    public static let textKeys = ["id", "title", "issue", "period"]

    public static func edits(from old: MeasureValues, to new: MeasureValues) -> [YAMLEdit] {
        // A file without measures gets the whole list at once (the key may not exist yet).
        guard !old.measures.isEmpty else {
            guard !new.measures.isEmpty else { return [] }
            return [YAMLEdit(path: YAMLKeyPath([.key("measures")]), value: .sequence(new.measures.map(mapping)))]
        }
        var edits: [YAMLEdit] = []
        let kept = Set(new.measures.compactMap(\.origin))
        let removed = old.measures.indices.filter { !kept.contains($0) }
        for index in removed.reversed() {
            edits.append(YAMLEdit(path: YAMLKeyPath([.key("measures"), .index(index)]), value: .remove))
        }
        let current = old.measures.indices.filter { kept.contains($0) }.map { old.measures[$0] }
        for (position, entry) in new.measures.enumerated() {
            guard position < current.count else {
                edits.append(YAMLEdit(path: YAMLKeyPath([.key("measures"), .index(position)]), value: mapping(entry)))
                continue
            }
            edits += fieldEdits(from: current[position], to: entry, at: position)
        }
        return edits
    }

    /// The changed fields of the measure at `position`; a field emptied is removed.
    static func fieldEdits(from old: MeasureValues.Entry, to new: MeasureValues.Entry, at position: Int) -> [YAMLEdit] {
        func path(_ key: String) -> YAMLKeyPath { YAMLKeyPath([.key("measures"), .index(position), .key(key)]) }
        var edits: [YAMLEdit] = []
        for key in textKeys where old.text(key) != new.text(key) {
            let value = new.text(key)
            edits.append(YAMLEdit(path: path(key), value: value.isEmpty ? .remove : .scalar(value)))
        }
        for field in MeasureValues.listKeys where old.list(field.key) != new.list(field.key) {
            let list = new.list(field.key)
            edits.append(YAMLEdit(path: path(field.key), value: list.isEmpty ? .remove : .sequence(list.map { .scalar($0) })))
        }
        return edits
    }

    /// A whole measure in the documented key order, empty fields left out.
    static func mapping(_ entry: MeasureValues.Entry) -> YAMLEditValue {
        var pairs: [YAMLEditPair] = []
        let order = ["id", "title", "indicators", "questions", "items", "issue", "steps", "period", "units"]
        for key in order {
            if textKeys.contains(key) {
                let text = entry.text(key)
                if !text.isEmpty { pairs.append(YAMLEditPair(key: key, value: .scalar(text))) }
            } else {
                let list = entry.list(key)
                if !list.isEmpty { pairs.append(YAMLEditPair(key: key, value: .sequence(list.map { .scalar($0) }))) }
            }
        }
        return .mapping(pairs)
    }
}
