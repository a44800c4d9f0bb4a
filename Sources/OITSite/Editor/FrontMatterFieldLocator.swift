import OITLoad
import OITModel

/// `FieldLocator` for an item kept in `items/oNN.md`: a problem the build reports in the front
/// matter belongs to the key whose lines hold it (`updated`, `evidence-2`), one after the front
/// matter to the body. Lines are counted as the build counts them (the YAML starts on line 2).
public struct FrontMatterFieldLocator: Sendable {
    private var starts: [(line: Int, field: String)] = []
    /// The first line of the body (the line after the closing `---`).
    private var bodyStart = Int.max
    private let file: String

    /// - Parameters:
    ///   - text: the text of the item's `.md` file.
    ///   - file: its path as diagnostics name it (`EditorContent.sourcePath`).
    public init(text: String, file: String) {
        self.file = file
        guard case .found(let front) = FrontMatter.parse(text) else { return }
        let yamlLines = front.yaml.isEmpty ? 0 : front.yaml.split(separator: "\n", omittingEmptySubsequences: false).count
        bodyStart = front.lineOffset + yamlLines + 2
        var diagnostics = Diagnostics()
        guard let root = YAMLParser.parse(front.yaml, file: file, lineOffset: front.lineOffset, into: &diagnostics),
            case .mapping(let pairs) = root.value
        else { return }
        for pair in pairs {
            guard let key = pair.key.scalar else { continue }
            starts.append((pair.key.location.line, key))
            if key == "evidence", case .sequence(let list) = pair.value.value {
                for (index, node) in list.enumerated() { starts.append((node.location.line, "evidence-\(index)")) }
            }
        }
        starts.sort { $0.line < $1.line }
    }

    /// The field of a problem at `location`: nil when it lies in another file; `item` for a
    /// problem about the whole file (line 1, or no line).
    public func field(for location: SourceLocation?) -> String? {
        guard let location, location.file.path == file else { return nil }
        if location.line >= bodyStart { return "body" }
        return starts.last { $0.line <= location.line }?.field ?? "item"
    }
}
