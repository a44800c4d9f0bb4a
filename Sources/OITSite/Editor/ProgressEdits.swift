import OITLoad
import OITModel
import OITRender

/// The edits that turn a progress report's old values into the posted ones, one per value that
/// changed (`entries.2.status`), so the writer keeps every other byte; a measure reported for the
/// first time is appended to `entries:`.
public enum ProgressEdits {
    public static func edits(from old: ProgressValues, to new: ProgressValues) -> [YAMLEdit] {
        func path(_ components: YAMLKeyPath.Component...) -> YAMLKeyPath { YAMLKeyPath(components) }
        var edits: [YAMLEdit] = []
        if old.round != new.round, !new.round.isEmpty {
            edits.append(YAMLEdit(path: path(.key("round")), value: .scalar(new.round)))
        }
        if old.date != new.date {
            let iso = (try? BuddhistDateInput.parse(new.date))?.description ?? ""
            edits.append(YAMLEdit(path: path(.key("date")), value: iso.isEmpty ? .remove : .scalar(iso)))
        }
        if old.title != new.title {
            edits.append(YAMLEdit(path: path(.key("title")), value: new.title.isEmpty ? .remove : .scalar(new.title)))
        }
        let before = Dictionary(old.entries.compactMap { entry in entry.origin.map { ($0, entry) } }) { first, _ in first }
        let added = new.entries.filter { $0.origin == nil && !$0.status.isEmpty }
        if before.isEmpty {
            if !added.isEmpty {
                edits.append(YAMLEdit(path: path(.key("entries")), value: .sequence(added.map(mapping))))
            }
            return edits
        }
        for entry in new.entries {
            guard let origin = entry.origin, let was = before[origin] else { continue }
            edits += fieldEdits(from: was, to: entry, at: origin)
        }
        for (offset, entry) in added.enumerated() {
            edits.append(YAMLEdit(path: path(.key("entries"), .index(before.count + offset)), value: mapping(entry)))
        }
        return edits
    }

    static func fieldEdits(from old: ProgressValues.Entry, to new: ProgressValues.Entry, at index: Int) -> [YAMLEdit] {
        func path(_ key: String) -> YAMLKeyPath { YAMLKeyPath([.key("entries"), .index(index), .key(key)]) }
        var edits: [YAMLEdit] = []
        if old.status != new.status, !new.status.isEmpty {
            edits.append(YAMLEdit(path: path("status"), value: .scalar(new.status)))
        }
        for (key, was, now) in [("summary", old.summary, new.summary), ("outcome", old.outcome, new.outcome)] where was != now {
            edits.append(YAMLEdit(path: path(key), value: now.isEmpty ? .remove : .scalar(now)))
        }
        if old.evidence != new.evidence {
            edits.append(
                YAMLEdit(path: path("evidence"), value: new.evidence.isEmpty ? .remove : .sequence(new.evidence.map(evidence))))
        }
        return edits
    }

    static func evidence(_ entry: ItemValues.Evidence) -> YAMLEditValue {
        .mapping([
            YAMLEditPair(key: "title", value: .scalar(entry.title)),
            entry.file.isEmpty
                ? YAMLEditPair(key: "url", value: .scalar(entry.url)) : YAMLEditPair(key: "file", value: .scalar(entry.file)),
        ])
    }

    /// A new entry in the documented key order, empty fields left out.
    static func mapping(_ entry: ProgressValues.Entry) -> YAMLEditValue {
        var pairs = [
            YAMLEditPair(key: "measure", value: .scalar(entry.measure)),
            YAMLEditPair(key: "status", value: .scalar(entry.status)),
        ]
        if !entry.summary.isEmpty { pairs.append(YAMLEditPair(key: "summary", value: .scalar(entry.summary))) }
        if !entry.outcome.isEmpty { pairs.append(YAMLEditPair(key: "outcome", value: .scalar(entry.outcome))) }
        if !entry.evidence.isEmpty { pairs.append(YAMLEditPair(key: "evidence", value: .sequence(entry.evidence.map(evidence)))) }
        return .mapping(pairs)
    }
}
