import CYaml
import Foundation
import Yams

/// Parses YAML text into located nodes, turning Yams' errors into diagnostics.
///
/// Before Yams composes the document, `YAMLScan` reads libyaml's events once, without building
/// anything, to reject what would exhaust memory or stack (alias expansion, nesting depth), to find
/// duplicate keys at the duplicate and the first, and to locate syntax errors where the broken
/// construct began as well as where parsing stopped.
enum YAMLParser {
    /// - Parameters:
    ///   - lineOffset: lines before `text` in its file (front matter starts after `---`).
    static func parse(_ text: String, file: String, lineOffset: Int = 0, into diagnostics: inout Diagnostics) -> YAMLNode? {
        let place = { (line: Int, column: Int) in SourceLocation(file: file, line: line + lineOffset, column: column) }
        if let problem = YAMLScan.scan(text) {
            var message = problem.message
            // The scan knows lines within `text`; the file's lines start `lineOffset` later.
            switch message {
            case .duplicateKey(let key, let first):
                message = .duplicateKey(key, first: place(first.line, first.column))
            case .yamlSyntaxStarted(let problem, let context, let stopped):
                message = .yamlSyntaxStarted(problem: problem, context: context, stoppedAt: place(stopped.line, stopped.column))
            default:
                break
            }
            diagnostics.error(message, at: place(problem.line, problem.column))
            return nil
        }
        do {
            guard let node = try Yams.compose(yaml: text) else { return nil }
            return convert(node, file: file, lineOffset: lineOffset)
        } catch let error as YamlError {
            let (problem, mark) = describe(error)
            let location = mark.map { place($0.line, $0.column) } ?? .file(file)
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
            return ("duplicate key: \(duplicates.joined(separator: ", "))", context.mark)
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
            let pairs = mapping.map {
                (
                    key: convert($0.key, file: file, lineOffset: lineOffset),
                    value: convert($0.value, file: file, lineOffset: lineOffset)
                )
            }
            return YAMLNode(value: .mapping(pairs), location: location)
        case .sequence(let sequence):
            return YAMLNode(
                value: .sequence(sequence.map { convert($0, file: file, lineOffset: lineOffset) }),
                location: location)
        case .alias:
            // Anchors and aliases are resolved by the composer; a bare alias is treated as text.
            return YAMLNode(value: .scalar("", plain: true), location: location)
        }
    }
}

/// One pass over libyaml's events that bounds what composing the document will cost.
///
/// A 1 KB "billion laughs" file (nine aliases of nine aliases of ...) composes cheaply in Yams,
/// whose nodes share storage, but expands to 10⁹ nodes when converted; it used to exhaust memory.
/// Here every anchor's expanded size is known when it is defined, so the expansion an alias adds
/// is counted before anything is built.
enum YAMLScan {
    /// Content files nest a few levels deep; 64 leaves room for any real file.
    static let depthLimit = 64
    /// Nodes that aliases may add in one file. Content rarely uses aliases at all.
    static let aliasLimit = 10_000

    struct Problem: Equatable {
        var message: Message
        var line: Int
        var column: Int
    }

    private struct Frame {
        var isMapping: Bool
        var anchor: String?
        var expectKey = true
        var keys: [String: (line: Int, column: Int)] = [:]
        var size = 1
        var depth = 0
    }

    static func scan(_ text: String) -> Problem? {
        var bytes = Array(text.utf8)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeMutableBufferPointer { buffer -> Problem? in
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var state = State()
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return syntaxProblem(parser, bytes: Array(text.utf8)) }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return nil }
                if let problem = state.handle(event) { return problem }
            }
        }
    }

    private struct State {
        var stack: [Frame] = []
        var anchors: [String: (size: Int, depth: Int)] = [:]
        var expanded = 0

        mutating func handle(_ event: yaml_event_t) -> Problem? {
            let line = Int(event.start_mark.line) + 1
            let column = Int(event.start_mark.column) + 1
            switch event.type {
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                if var parent = stack.last, parent.isMapping, parent.expectKey {
                    let key = string(scalar.value, length: scalar.length)
                    if let first = parent.keys[key] {
                        let firstPlace = SourceLocation(file: "", line: first.line, column: first.column)
                        return Problem(message: .duplicateKey(key, first: firstPlace), line: line, column: column)
                    }
                    parent.keys[key] = (line, column)
                    stack[stack.count - 1] = parent
                }
                complete(size: 1, depth: 0, anchor: scalar.anchor.map { string($0) })
            case YAML_ALIAS_EVENT:
                let name = event.data.alias.anchor.map { string($0) } ?? ""
                // An undefined alias is left to Yams, which reports it.
                let (size, depth) = anchors[name] ?? (1, 0)
                expanded += size
                if expanded > aliasLimit {
                    return Problem(message: .yamlTooManyAliases(limit: aliasLimit), line: line, column: column)
                }
                if stack.count + depth > depthLimit {
                    return Problem(message: .yamlTooDeep(limit: depthLimit), line: line, column: column)
                }
                complete(size: size, depth: depth, anchor: nil)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
                if stack.count >= depthLimit {
                    return Problem(message: .yamlTooDeep(limit: depthLimit), line: line, column: column)
                }
                stack.append(Frame(isMapping: isMapping, anchor: anchor.map { string($0) }))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = stack.popLast() else { return nil }
                complete(size: frame.size, depth: frame.depth, anchor: frame.anchor)
            case YAML_DOCUMENT_START_EVENT:
                // Anchors belong to one document.
                anchors = [:]
            default:
                break
            }
            return nil
        }

        /// A node ended: it counts in its parent, and its size is remembered under its anchor.
        private mutating func complete(size: Int, depth: Int, anchor: String?) {
            if let anchor { anchors[anchor] = (size, depth) }
            guard var parent = stack.popLast() else { return }
            parent.size += size
            parent.depth = max(parent.depth, depth + 1)
            if parent.isMapping { parent.expectKey.toggle() }
            stack.append(parent)
        }

        private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>, length: Int? = nil) -> String {
            let count = length ?? strlen(UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
            return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
        }
    }

    /// libyaml's error, at the start of the broken construct when it names one (an unclosed quote
    /// or bracket), else where parsing stopped.
    private static func syntaxProblem(_ parser: yaml_parser_t, bytes: [UInt8]) -> Problem {
        let problem = parser.problem.map { String(cString: $0) } ?? "syntax error"
        if parser.error == YAML_READER_ERROR {
            let (line, column) = TextFile.position(of: Int(parser.problem_offset), in: bytes)
            return Problem(message: .yamlSyntax(problem), line: line, column: column)
        }
        let stopped = (line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1)
        guard let contextText = parser.context.map({ String(cString: $0) }) else {
            return Problem(message: .yamlSyntax(problem), line: stopped.line, column: stopped.column)
        }
        let began = (line: Int(parser.context_mark.line) + 1, column: Int(parser.context_mark.column) + 1)
        let construct = contextText.replacingOccurrences(of: "while scanning ", with: "")
            .replacingOccurrences(of: "while parsing ", with: "")
            .replacingOccurrences(of: "^(a|an|the) ", with: "", options: .regularExpression)
        // A block mapping or sequence begins far above the real problem: point at the problem.
        if construct.hasPrefix("block mapping") || construct.hasPrefix("block collection")
            || construct.hasPrefix("block sequence")
            || began == stopped
        {
            return Problem(
                message: .yamlSyntax("\(problem) (\(contextText) at line \(began.line), column \(began.column))"),
                line: stopped.line, column: stopped.column)
        }
        return Problem(
            message: .yamlSyntaxStarted(
                problem: problem, context: construct,
                stoppedAt: SourceLocation(file: "", line: stopped.line, column: stopped.column)),
            line: began.line, column: began.column)
    }
}
