import OITCheck
import OITLoad
import OITModel
import OITRender

/// A content file's YAML as written, for the editor's forms: the values as text (so a form shows
/// what the file says even where the build refused it) and the key path each line belongs to (so a
/// problem the build reports at a line is shown beside its field).
public struct ContentYAML: Sendable {
    public let root: YAMLNode?
    /// The first line of each value down to `depth` keys, ascending, with its dotted path
    /// (`indicators.1`, `entries.2.issue`).
    private var starts: [(line: Int, path: String)] = []
    private let file: String

    /// - Parameters:
    ///   - text: the file's text; empty for a file not written yet.
    ///   - file: its path as diagnostics name it (`EditorContent.displayPath`).
    ///   - depth: how many levels of keys the form has fields for.
    public init(text: String, file: String, depth: Int = 3) {
        self.file = file
        var diagnostics = Diagnostics()
        root = YAMLParser.parse(text, file: file, into: &diagnostics)
        if let root { collect(root, path: [], depth: depth) }
        starts.sort { $0.line < $1.line }
    }

    private mutating func collect(_ node: YAMLNode, path: [String], depth: Int) {
        guard path.count < depth else { return }
        switch node.value {
        case .mapping(let pairs):
            for pair in pairs {
                guard let key = pair.key.scalar else { continue }
                starts.append((pair.key.location.line, (path + [key]).joined(separator: ".")))
                collect(pair.value, path: path + [key], depth: depth)
            }
        case .sequence(let items):
            for (index, item) in items.enumerated() {
                starts.append((item.location.line, (path + [String(index)]).joined(separator: ".")))
                collect(item, path: path + [String(index)], depth: depth)
            }
        case .scalar:
            break
        }
    }

    /// The dotted path of the field a problem at `location` belongs to; nil for another file or a
    /// line before the first key.
    public func field(for location: SourceLocation?) -> String? {
        guard let location, location.file.path == file else { return nil }
        return starts.last { $0.line <= location.line }?.path
    }

    /// The value at a dotted path (`stated.overall`, `entries`), nil when absent.
    public func node(_ path: String) -> YAMLNode? {
        var node = root
        for part in path.split(separator: ".").map(String.init) {
            guard let current = node else { return nil }
            switch current.value {
            case .mapping(let pairs): node = pairs.first { $0.key.scalar == part }?.value
            case .sequence(let items): node = Int(part).flatMap { items.indices.contains($0) ? items[$0] : nil }
            case .scalar: return nil
            }
        }
        return node
    }

    /// The text of a scalar (empty for null or absent); a list's entries one per line.
    public static func text(_ node: YAMLNode?) -> String {
        guard let node, !node.isNull else { return "" }
        switch node.value {
        case .scalar(let text, _): return text
        case .sequence(let items): return items.compactMap(\.scalar).joined(separator: "\n")
        case .mapping: return ""
        }
    }

    /// A mapping's keys and values in the file's order (empty for anything else).
    public static func pairs(_ node: YAMLNode?) -> [(key: String, value: YAMLNode)] {
        guard let node, case .mapping(let pairs) = node.value else { return [] }
        return pairs.compactMap { pair in pair.key.scalar.map { ($0, pair.value) } }
    }
}
