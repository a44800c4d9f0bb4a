import OITCheck
import OITLoad
import OITModel
import OITRender

/// The edits that turn `analysis.yaml`'s old values into the new ones: one per value that
/// CHANGED, so the writer touches only those lines. Entries removed lose exactly their lines;
/// new entries go at the end. Entries moved are rewritten field by field at their new positions
/// (a comment in the file stays on its line, so it may then sit beside another entry).
public enum AnalysisEdits {
    public static func edits(from old: AnalysisValues, to new: AnalysisValues) -> [YAMLEdit] {
        var edits: [YAMLEdit] = []
        if !ScoreInput.same(old.threshold, new.threshold) {
            edits.append(YAMLEdit(path: path(["threshold"]), value: scalar(new.threshold)))
        }
        if AnalysisSubmission.markdown(old.summary) != new.summary {
            edits.append(YAMLEdit(path: path(["summary"]), value: scalar(new.summary)))
        }
        edits += entryEdits(old.entries, new.entries)
        for topic in Constraint.Topic.allCases.map(\.rawValue) {
            let after = new.constraints[topic] ?? ""
            guard AnalysisSubmission.markdown(old.constraints[topic] ?? "") != after else { continue }
            edits.append(YAMLEdit(path: path(["constraints", topic]), value: scalar(after)))
        }
        return edits
    }

    /// The entry of the file that moved one place down when that is the only change of order
    /// (the move buttons make no other), so the file's lines can be swapped (`ListEntrySwap`).
    public static func adjacentMove(_ new: [AnalysisValues.Entry]) -> Int? {
        let origins = new.compactMap(\.origin)
        guard let place = origins.indices.dropLast().first(where: { origins[$0] > origins[$0 + 1] }),
            origins[place] == origins[place + 1] + 1
        else { return nil }
        var fixed = origins
        fixed.swapAt(place, place + 1)
        return fixed == fixed.sorted() ? origins[place + 1] : nil
    }

    /// The values as they read once the file's entries `index` and `index + 1` swapped places.
    public static func swapped(_ old: AnalysisValues, _ new: AnalysisValues, at index: Int) -> (AnalysisValues, AnalysisValues) {
        var (before, after) = (old, new)
        before.entries.swapAt(index, index + 1)
        for position in before.entries.indices { before.entries[position].origin = position }
        for position in after.entries.indices {
            after.entries[position].origin = after.entries[position].origin.map { ListEntrySwap.swapped($0, index) }
        }
        return (before, after)
    }

    private static func entryEdits(_ old: [AnalysisValues.Entry], _ new: [AnalysisValues.Entry]) -> [YAMLEdit] {
        let origins = new.compactMap(\.origin)
        let kept = new.prefix { $0.origin != nil }
        // Entries removed, none moved, new ones only at the end: remove the removed (last first, so
        // the indexes before stay right), then edit each kept entry where it now is.
        if kept.count == origins.count, origins == origins.sorted(), Set(origins).count == origins.count,
            origins.allSatisfy(old.indices.contains)
        {
            var edits = old.indices.reversed().filter { !origins.contains($0) }.map {
                YAMLEdit(path: YAMLKeyPath([.key("entries"), .index($0)]), value: .remove)
            }
            for (position, entry) in kept.enumerated() {
                guard let origin = entry.origin else { continue }
                edits += fieldEdits(old[origin], entry, at: position)
            }
            let added = new.dropFirst(kept.count)
            edits += added.enumerated().map { offset, entry in
                YAMLEdit(path: YAMLKeyPath([.key("entries"), .index(kept.count + offset)]), value: mapping(entry))
            }
            return edits
        }
        // Moved: compare position by position.
        var edits: [YAMLEdit] = []
        for position in new.indices {
            if position < old.count {
                edits += fieldEdits(old[position], new[position], at: position)
            } else {
                edits.append(YAMLEdit(path: YAMLKeyPath([.key("entries"), .index(position)]), value: mapping(new[position])))
            }
        }
        edits += old.indices.reversed().filter { $0 >= new.count }.map {
            YAMLEdit(path: YAMLKeyPath([.key("entries"), .index($0)]), value: .remove)
        }
        return edits
    }

    /// The edits of one entry's changed fields.
    private static func fieldEdits(_ old: AnalysisValues.Entry, _ new: AnalysisValues.Entry, at position: Int) -> [YAMLEdit] {
        func at(_ key: String) -> YAMLKeyPath { YAMLKeyPath([.key("entries"), .index(position), .key(key)]) }
        var edits: [YAMLEdit] = []
        if old.kind != new.kind {
            // The new key first, then the old one removed: the new key then takes the old one's
            // place on the entry's `- ` line.
            if !new.kind.isEmpty { edits.append(YAMLEdit(path: at(new.kind), value: .scalar(new.code))) }
            if !old.kind.isEmpty { edits.append(YAMLEdit(path: at(old.kind), value: .remove)) }
        } else if old.code != new.code, !new.kind.isEmpty {
            edits.append(YAMLEdit(path: at(new.kind), value: .scalar(new.code)))
        }
        for key in AnalysisValues.Entry.texts {
            let before = key == "analysis" ? AnalysisSubmission.markdown(old[text: key]) : old[text: key]
            guard before != new[text: key] else { continue }
            edits.append(YAMLEdit(path: at(key), value: scalar(new[text: key])))
        }
        if old.steps != new.steps { edits.append(YAMLEdit(path: at("steps"), value: steps(new.steps))) }
        return edits
    }

    /// A new entry with the fields typed, in the documented order.
    static func mapping(_ entry: AnalysisValues.Entry) -> YAMLEditValue {
        var pairs: [YAMLEditPair] = []
        if !entry.kind.isEmpty { pairs.append(YAMLEditPair(key: entry.kind, value: .scalar(entry.code))) }
        for key in ["issue", "analysis"] where !entry[text: key].isEmpty {
            pairs.append(YAMLEditPair(key: key, value: .scalar(entry[text: key])))
        }
        if !entry.steps.isEmpty { pairs.append(YAMLEditPair(key: "steps", value: steps(entry.steps))) }
        for key in ["period", "unit", "measure"] where !entry[text: key].isEmpty {
            pairs.append(YAMLEditPair(key: key, value: .scalar(entry[text: key])))
        }
        return .mapping(pairs)
    }

    private static func steps(_ lines: String) -> YAMLEditValue {
        let list = lines.split(separator: "\n").map { YAMLEditValue.scalar(String($0)) }
        return list.isEmpty ? .remove : .sequence(list)
    }

    private static func scalar(_ text: String) -> YAMLEditValue { text.isEmpty ? .remove : .scalar(text) }

    private static func path(_ keys: [String]) -> YAMLKeyPath { YAMLKeyPath(keys.map { .key($0) }) }
}
