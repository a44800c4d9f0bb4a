import OITLoad
import OITModel
import OITRender

/// Maps a problem the build reports at `file:line:col` back to the editor's field it belongs to:
/// the key of the item entry whose lines hold it (`updated`, `elements`), or the evidence entry
/// (`evidence-2`). Made from the same parse of the file as the build's, so lines agree.
public struct FieldLocator: Sendable {
    /// The first line of each field of the entry, ascending.
    private var starts: [(line: Int, field: String)] = []
    /// The lines of the whole entry (its key to its last value).
    private var lines: ClosedRange<Int>?
    private let file: String

    /// - Parameters:
    ///   - text: the text of `year.yaml`.
    ///   - file: its path as diagnostics name it (`EditorContent.sourcePath`).
    ///   - code: the item whose entry the form edits.
    public init(text: String, file: String, code: String) {
        self.file = file
        var diagnostics = Diagnostics()
        guard let root = YAMLParser.parse(text, file: file, into: &diagnostics),
            let items = Self.value(of: "items", in: root), case .mapping(let entries) = items.value,
            let entry = entries.first(where: { $0.key.scalar == code })
        else { return }
        let next = entries.map(\.key.location.line).filter { $0 > entry.key.location.line }.min()
        lines = entry.key.location.line...((next ?? Int.max - 1) - 1)
        guard case .mapping(let pairs) = entry.value.value else { return }
        for pair in pairs {
            guard let key = pair.key.scalar else { continue }
            starts.append((pair.key.location.line, Self.fieldID(of: key)))
            if key == "evidence", case .sequence(let list) = pair.value.value {
                for (index, node) in list.enumerated() { starts.append((node.location.line, "evidence-\(index)")) }
            }
        }
        starts.sort { $0.line < $1.line }
    }

    /// The field of a problem at `location`: nil when it lies outside the entry (another item, or
    /// another file); `item` for the entry's own line.
    public func field(for location: SourceLocation?) -> String? {
        guard let location, location.file.path == file, let lines, lines.contains(location.line) else { return nil }
        return starts.last { $0.line <= location.line }?.field ?? "item"
    }

    /// The form's id of an entry's key: the item's own title and group have `def-` ids, as the
    /// form's other fields have the key's name.
    static func fieldID(of key: String) -> String {
        switch key {
        case "title", "group": return "def-" + key
        default: return key
        }
    }

    private static func value(of key: String, in node: YAMLNode) -> YAMLNode? {
        guard case .mapping(let pairs) = node.value else { return nil }
        return pairs.first { $0.key.scalar == key }?.value
    }
}
