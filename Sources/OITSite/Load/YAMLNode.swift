import Yams

/// A YAML node together with the place it was written, so that every later check can point at it.
public struct YAMLNode: Sendable {
    public enum Value: Sendable {
        /// `plain` is false for quoted and block scalars: `"2566"` stays text.
        case scalar(String, plain: Bool)
        case mapping([(key: YAMLNode, value: YAMLNode)])
        case sequence([YAMLNode])
    }

    public var value: Value
    public var location: SourceLocation

    /// A plain `~`, `null` or empty scalar: the key is written but has no value.
    public var isNull: Bool {
        if case .scalar(let text, plain: true) = value {
            return ["", "~", "null", "Null", "NULL"].contains(text)
        }
        return false
    }

    public var scalar: String? {
        if case .scalar(let text, _) = value { return text }
        return nil
    }
}

/// Parses YAML text into located nodes, turning Yams' errors into diagnostics.
enum YAMLParser {
    /// - Parameters:
    ///   - lineOffset: lines before `text` in its file (front matter starts after `---`).
    static func parse(_ text: String, file: String, lineOffset: Int = 0, into diagnostics: inout Diagnostics) -> YAMLNode? {
        do {
            guard let node = try Yams.compose(yaml: text) else { return nil }
            return convert(node, file: file, lineOffset: lineOffset)
        } catch let error as YamlError {
            let (problem, mark) = describe(error)
            let location = mark.map { SourceLocation(file: file, line: $0.line + lineOffset, column: $0.column) }
                ?? .file(file)
            diagnostics.error(.yamlSyntax(problem), at: location)
        } catch {
            diagnostics.error(.yamlSyntax(String(describing: error)), at: .file(file))
        }
        return nil
    }

    private static func describe(_ error: YamlError) -> (String, Mark?) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
            let .composer(context, problem, mark, _):
            let text = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
            return (text, mark)
        case let .duplicatedKeysInMapping(duplicates, context):
            return ("ชื่อซ้ำ / duplicate key: \(duplicates.joined(separator: ", "))", context.mark)
        case let .reader(problem, _, _, _):
            return (problem, nil)
        default:
            return (String(describing: error), nil)
        }
    }

    private static func convert(_ node: Node, file: String, lineOffset: Int) -> YAMLNode {
        let mark = node.mark
        let location = SourceLocation(file: file, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1)
        switch node {
        case .scalar(let scalar):
            return YAMLNode(value: .scalar(scalar.string, plain: scalar.style == .plain), location: location)
        case .mapping(let mapping):
            let pairs = mapping.map { (key: convert($0.key, file: file, lineOffset: lineOffset),
                                       value: convert($0.value, file: file, lineOffset: lineOffset)) }
            return YAMLNode(value: .mapping(pairs), location: location)
        case .sequence(let sequence):
            return YAMLNode(value: .sequence(sequence.map { convert($0, file: file, lineOffset: lineOffset) }),
                            location: location)
        case .alias:
            // Anchors and aliases are resolved by the composer; a bare alias is treated as text.
            return YAMLNode(value: .scalar("", plain: true), location: location)
        }
    }
}
