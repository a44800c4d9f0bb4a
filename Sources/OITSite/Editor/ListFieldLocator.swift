import OITLoad
import OITModel
import OITRender

/// Maps a problem the build reports at `file:line:col` back to a field of a form made from a file
/// whose main part is a list of mappings (`measures:` of `measures.yaml`, `entries:` of a progress
/// report): a top-level key (`date`), or a key of the list's entry (`entry-2-status`). Made from
/// the same parse of the file as the build's, so lines agree.
public struct ListFieldLocator: Sendable {
    /// The first line of each field, ascending.
    private var starts: [(line: Int, field: String)] = []
    private let file: String

    /// - Parameters:
    ///   - text: the file's text.
    ///   - file: its path as diagnostics name it (`EditorContent.displayPath`).
    ///   - list: the top-level key of the list (`measures`).
    ///   - prefix: the field ids' prefix for the list's entries (`measure` → `measure-2-title`).
    public init(text: String, file: String, list: String, prefix: String) {
        self.file = file
        var diagnostics = Diagnostics()
        guard let root = YAMLParser.parse(text, file: file, into: &diagnostics), case .mapping(let pairs) = root.value else {
            return
        }
        for pair in pairs {
            guard let key = pair.key.scalar else { continue }
            starts.append((pair.key.location.line, key))
            guard key == list, case .sequence(let entries) = pair.value.value else { continue }
            for (index, entry) in entries.enumerated() {
                starts.append((entry.location.line, "\(prefix)-\(index)"))
                guard case .mapping(let fields) = entry.value else { continue }
                for field in fields {
                    guard let name = field.key.scalar else { continue }
                    starts.append((field.key.location.line, "\(prefix)-\(index)-\(name)"))
                }
            }
        }
        starts.sort { $0.line < $1.line }
    }

    /// The field of a problem at `location`; nil when it lies in another file or before any key.
    public func field(for location: SourceLocation?) -> String? {
        guard let location, location.file.path == file else { return nil }
        return starts.last { $0.line <= location.line }?.field
    }
}
