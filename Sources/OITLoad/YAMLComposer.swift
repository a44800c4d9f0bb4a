import CYaml
import Foundation
import OITModel

/// One pass over libyaml's events that builds the located nodes and bounds what they cost.
///
/// A 1 KB "billion laughs" file (nine aliases of nine aliases of ...) expands to 10⁹ nodes; it
/// used to exhaust memory. Here every anchor's expanded size is known when it is defined, so the
/// expansion an alias adds is counted before anything is copied, and nesting is limited before it
/// can exhaust the stack.
///
/// What it builds is what Yams' `compose` built: one document; an alias stands for the node its
/// anchor names (with that node's place); tags are not read (a plain scalar stays marked plain).
/// Yams' messages for an undefined alias and for a second document are kept. Where Yams reported
/// a duplicate key as a syntax error, the composer names the key at the duplicate and the first.
package enum YAMLComposer {
    /// Content files nest a few levels deep; 64 leaves room for any real file.
    package static let depthLimit = 64
    /// Nodes that aliases may add in one file. Content rarely uses aliases at all.
    package static let aliasLimit = 10_000

    package struct Problem: Error, Equatable {
        package var message: Message
        package var line: Int
        package var column: Int
    }

    /// The document's root node (nil for an empty document), or the first problem.
    ///
    /// A syntax error or a limit anywhere in the text is reported before an undefined alias or a
    /// second document, since libyaml finds those first when it reads the whole stream.
    package static func compose(_ text: String, file: String, lineOffset: Int = 0) -> Result<YAMLNode?, Problem> {
        var bytes = Array(text.utf8)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return .failure(Problem(message: .yamlSyntax("cannot start the YAML parser"), line: 1, column: 1))
        }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeMutableBufferPointer { buffer -> Result<YAMLNode?, Problem> in
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var state = State(file: file, lineOffset: lineOffset)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    return .failure(syntaxProblem(parser, text: text))
                }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT {
                    if let later = state.composerProblem { return .failure(later) }
                    return .success(state.root)
                }
                if let problem = state.handle(event) { return .failure(problem) }
            }
        }
    }

    /// A sequence or mapping being read.
    private struct Frame {
        package var isMapping: Bool
        package var anchor: String?
        package var location: SourceLocation
        package var expectKey = true
        package var keys: [String: (line: Int, column: Int)] = [:]
        /// A sequence's items; a mapping's keys and values, alternating.
        package var nodes: [YAMLNode] = []
        /// Nodes in this one, itself included, with aliases expanded.
        package var size = 1
        package var depth = 0
    }

    private struct State {
        package let file: String
        package let lineOffset: Int
        package var stack: [Frame] = []
        package var anchors: [String: (node: YAMLNode, size: Int, depth: Int)] = [:]
        package var expanded = 0
        package var documents = 0
        package var root: YAMLNode?
        /// An undefined alias or a second document: reported unless libyaml finds worse later.
        package var composerProblem: Problem?

        package init(file: String, lineOffset: Int) {
            self.file = file
            self.lineOffset = lineOffset
        }

        package mutating func handle(_ event: yaml_event_t) -> Problem? {
            let line = Int(event.start_mark.line) + 1
            let column = Int(event.start_mark.column) + 1
            let location = SourceLocation(file: file, line: line + lineOffset, column: column)
            switch event.type {
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let value = string(scalar.value, length: scalar.length)
                if let problem = checkKey(value, line: line, column: column) { return problem }
                let node = YAMLNode(value: .scalar(value, plain: scalar.style == YAML_PLAIN_SCALAR_STYLE), location: location)
                complete(node, size: 1, depth: 0, anchor: scalar.anchor.map { string($0) })
            case YAML_ALIAS_EVENT:
                let name = event.data.alias.anchor.map { string($0) } ?? ""
                guard let (node, size, depth) = anchors[name] else {
                    noteComposerProblem("found undefined alias", line: line, column: column)
                    complete(YAMLNode(value: .scalar("", plain: true), location: location), size: 1, depth: 0, anchor: nil)
                    return nil
                }
                expanded += size
                if expanded > aliasLimit {
                    return Problem(message: .yamlTooManyAliases(limit: aliasLimit), line: line, column: column)
                }
                if stack.count + depth > depthLimit {
                    return Problem(message: .yamlTooDeep(limit: depthLimit), line: line, column: column)
                }
                if let key = node.scalar, let problem = checkKey(key, line: line, column: column) { return problem }
                complete(node, size: size, depth: depth, anchor: nil)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
                if stack.count >= depthLimit {
                    return Problem(message: .yamlTooDeep(limit: depthLimit), line: line, column: column)
                }
                stack.append(Frame(isMapping: isMapping, anchor: anchor.map { string($0) }, location: location))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = stack.popLast() else { return nil }
                let value: YAMLNode.Value
                if frame.isMapping {
                    var pairs: [(key: YAMLNode, value: YAMLNode)] = []
                    pairs.reserveCapacity(frame.nodes.count / 2)
                    var index = 0
                    while index + 1 < frame.nodes.count {
                        pairs.append((frame.nodes[index], frame.nodes[index + 1]))
                        index += 2
                    }
                    value = .mapping(pairs)
                } else {
                    value = .sequence(frame.nodes)
                }
                complete(
                    YAMLNode(value: value, location: frame.location), size: frame.size, depth: frame.depth, anchor: frame.anchor)
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents == 2 {
                    noteComposerProblem(
                        "expected a single document in the stream, but found another document", line: line, column: column)
                }
                // Anchors belong to one document.
                anchors = [:]
            default:
                break
            }
            return nil
        }

        /// A text key of the mapping being read: a problem when the mapping already has it.
        private mutating func checkKey(_ key: String, line: Int, column: Int) -> Problem? {
            guard var parent = stack.last, parent.isMapping, parent.expectKey else { return nil }
            if let first = parent.keys[key] {
                let firstPlace = SourceLocation(file: "", line: first.line, column: first.column)
                return Problem(message: .duplicateKey(key, first: firstPlace), line: line, column: column)
            }
            parent.keys[key] = (line, column)
            stack[stack.count - 1] = parent
            return nil
        }

        private mutating func noteComposerProblem(_ text: String, line: Int, column: Int) {
            if composerProblem == nil {
                composerProblem = Problem(message: .yamlSyntax(text), line: line, column: column)
            }
        }

        /// A node ended: it goes into its parent (or is the root), counts in the parent's size,
        /// and is remembered under its anchor.
        private mutating func complete(_ node: YAMLNode, size: Int, depth: Int, anchor: String?) {
            if let anchor { anchors[anchor] = (node, size, depth) }
            guard !stack.isEmpty else {
                if documents <= 1 { root = node }
                return
            }
            let top = stack.count - 1
            stack[top].nodes.append(node)
            stack[top].size += size
            stack[top].depth = max(stack[top].depth, depth + 1)
            if stack[top].isMapping { stack[top].expectKey.toggle() }
        }

        private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>, length: Int? = nil) -> String {
            let count = length ?? strlen(UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
            return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
        }
    }

    /// libyaml's error: a mistake clerks make, told with its fix at the character to fix
    /// (`YAMLMistakeReader`); else at the start of the broken construct when it names one (an
    /// unclosed block scalar), else where parsing stopped.
    private static func syntaxProblem(_ parser: yaml_parser_t, text: String) -> Problem {
        let problem = parser.problem.map { String(cString: $0) } ?? "syntax error"
        if parser.error == YAML_READER_ERROR {
            let (line, column) = TextFile.position(of: Int(parser.problem_offset), in: Array(text.utf8))
            return Problem(message: .yamlSyntax(problem), line: line, column: column)
        }
        let stopped = YAMLMistakeReader.Mark(
            line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1)
        let contextText = parser.context.map { String(cString: $0) }
        let began = contextText.map { _ in
            YAMLMistakeReader.Mark(line: Int(parser.context_mark.line) + 1, column: Int(parser.context_mark.column) + 1)
        }
        let construct = (contextText ?? "").replacingOccurrences(of: "while scanning ", with: "")
            .replacingOccurrences(of: "while parsing ", with: "")
            .replacingOccurrences(of: "^(a|an|the) ", with: "", options: .regularExpression)
        if let (mistake, mark) = YAMLMistakeReader.explain(
            problem: problem, construct: construct, stopped: stopped, began: began, text: text)
        {
            return Problem(message: .yamlMistake(mistake), line: mark.line, column: mark.column)
        }
        // A block mapping or sequence begins far above the real problem: point at the problem.
        guard let began, !construct.hasPrefix("block mapping"), !construct.hasPrefix("block collection"),
            !construct.hasPrefix("block sequence"), began != stopped
        else {
            return Problem(message: .yamlSyntax(problem), line: stopped.line, column: stopped.column)
        }
        return Problem(
            message: .yamlSyntaxStarted(
                problem: problem, context: construct,
                stoppedAt: SourceLocation(file: "", line: stopped.line, column: stopped.column)),
            line: began.line, column: began.column)
    }
}
