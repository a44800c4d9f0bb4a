import OITCheck
import OITLoad
import OITRender

/// The edits that turn an item entry's old values into the new ones in `year.yaml`: one per value
/// that CHANGED, so the writer (`YAMLTextEditor`) touches only those lines and keeps every other
/// byte (comments, key order, quoting) as the clerk or the scaffold wrote it.
public enum ItemEdits {
    /// - Parameter elementCount: how many elements the item requires: all of them ticked is written `all`.
    public static func edits(from old: ItemValues, to new: ItemValues, code: String, elementCount: Int) -> [YAMLEdit] {
        let base: [YAMLKeyPath.Component] = [.key("items"), .key(code)]
        func path(_ key: String) -> YAMLKeyPath { YAMLKeyPath(base + [.key(key)]) }
        func text(_ key: String, _ before: String, _ after: String) -> YAMLEdit? {
            guard before != after else { return nil }
            return YAMLEdit(path: path(key), value: after.isEmpty ? .remove : .scalar(after))
        }
        var edits: [YAMLEdit] = []
        if old.status != new.status, !new.status.isEmpty {
            edits.append(YAMLEdit(path: path("status"), value: .scalar(new.status)))
        }
        if old.updated != new.updated {
            let iso = (try? BuddhistDateInput.parse(new.updated))?.description ?? ""
            edits.append(YAMLEdit(path: path("updated"), value: iso.isEmpty ? .remove : .scalar(iso)))
        }
        edits += [
            text("unit", old.unit, new.unit), text("covers", old.covers, new.covers),
            text("summary", old.summary, new.summary), text("reason", old.reason, new.reason),
            text("body", old.body, new.body),
        ].compactMap { $0 }
        edits += [
            text("title", old.definitionTitle, new.definitionTitle), text("group", old.definitionGroup, new.definitionGroup),
        ].compactMap { $0 }
        let texts = new.definitionElementList
        if old.definitionElementList != texts {
            // Element texts replace the ticked numbers: the item's elements are then these, all shown.
            edits.append(YAMLEdit(path: path("elements"), value: texts.isEmpty ? .remove : .sequence(texts.map { .scalar($0) })))
        } else if old.elements != new.elements, !old.elementsAreTexts {
            edits.append(YAMLEdit(path: path("elements"), value: elements(new.elements, count: elementCount)))
        }
        if old.evidence != new.evidence {
            let list = new.evidence.map { entry in
                YAMLEditValue.mapping([
                    YAMLEditPair(key: "title", value: .scalar(entry.title)),
                    entry.file.isEmpty
                        ? YAMLEditPair(key: "url", value: .scalar(entry.url))
                        : YAMLEditPair(key: "file", value: .scalar(entry.file)),
                ])
            }
            edits.append(YAMLEdit(path: path("evidence"), value: list.isEmpty ? .remove : .sequence(list)))
        }
        return edits
    }

    /// `elements:` as the numbers ticked, ascending; `all` when every one is; removed when none is.
    static func elements(_ numbers: Set<Int>, count: Int) -> YAMLEditValue {
        guard !numbers.isEmpty else { return .remove }
        if count > 0, numbers == Set(1...count) { return .scalar("all") }
        return .sequence(numbers.sorted().map { .scalar(String($0)) })
    }
}
