import CYaml
import OITLoad
import OITModel
import OITRender

/// Reads a text that `YAMLComposer` has accepted into `YAMLSpanNode`s: one pass over libyaml's
/// events, as the composer makes, keeping each node's start and end marks and its style.
enum YAMLSpanReader {
    /// The root node; nil for an empty document or a text libyaml does not accept (the caller
    /// has the composer's located message for that).
    static func read(_ text: String) -> YAMLSpanNode? {
        var bytes = Array(text.utf8)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeMutableBufferPointer { buffer -> YAMLSpanNode? in
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var stack: [(node: YAMLSpanNode, children: [YAMLSpanNode])] = []
            var root: YAMLSpanNode?
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                let start = YAMLMark(line: Int(event.start_mark.line), column: Int(event.start_mark.column))
                let end = YAMLMark(line: Int(event.end_mark.line), column: Int(event.end_mark.column))
                var completed: YAMLSpanNode?
                switch event.type {
                case YAML_STREAM_END_EVENT, YAML_DOCUMENT_END_EVENT:
                    if root != nil || event.type == YAML_STREAM_END_EVENT { return root }
                case YAML_SCALAR_EVENT:
                    let scalar = event.data.scalar
                    let value = String(
                        decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                    completed = YAMLSpanNode(
                        kind: .scalar(value), style: style(scalar.style), start: start, end: end, anchor: name(scalar.anchor))
                case YAML_ALIAS_EVENT:
                    completed = YAMLSpanNode(
                        kind: .scalar(""), style: .alias, start: start, end: end, anchor: name(event.data.alias.anchor))
                case YAML_MAPPING_START_EVENT, YAML_SEQUENCE_START_EVENT:
                    let isMapping = event.type == YAML_MAPPING_START_EVENT
                    let flow =
                        isMapping
                        ? event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
                        : event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
                    let kind: YAMLSpanNode.Kind = isMapping ? .mapping([]) : .sequence([])
                    let anchor = name(isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor)
                    stack.append(
                        (YAMLSpanNode(kind: kind, style: flow ? .flow : .block, start: start, end: end, anchor: anchor), []))
                case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
                    guard let frame = stack.popLast() else { return nil }
                    var node = frame.node
                    let children = frame.children
                    node.end = end
                    if case .mapping = node.kind {
                        node.kind = .mapping(
                            stride(from: 0, to: children.count - 1, by: 2).map { (children[$0], children[$0 + 1]) })
                    } else {
                        node.kind = .sequence(children)
                    }
                    completed = node
                default:
                    break
                }
                if let completed {
                    if stack.isEmpty { root = completed } else { stack[stack.count - 1].children.append(completed) }
                }
            }
        }
    }

    /// libyaml's own words for why `text` does not parse ("did not find expected ',' or ']'"), for a
    /// message that words them in Thai; nil when libyaml reads it (the problem is the composer's).
    static func problem(_ text: String) -> String? {
        var bytes = Array(text.utf8)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeMutableBufferPointer { buffer -> String? in
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    return parser.problem.map { String(cString: $0) } ?? "syntax error"
                }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return nil }
            }
        }
    }

    private static func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLSpanNode.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }
}
