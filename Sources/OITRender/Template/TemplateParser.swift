import OITCheck
import OITLoad
import OITModel

/// Reads Mustache text into a `Template`: the one tag scanner in the code base.
///
/// It follows the parser of swift-mustache 2 (`Template+Parser.swift`), rule for rule, on UTF-8
/// bytes: which lines a tag stands alone on (and so leaves out), how text is cut into one node
/// per line (a partial's indentation goes before each), and the whitespace before a standalone
/// partial. Pages therefore keep the bytes they had when swift-mustache parsed the theme, and a
/// test renders every template of the theme through both to hold it so.
///
/// Mustache beyond what `Template` holds (inheritance `{{<` `{{$`, dynamic partials `{{>*`,
/// transforms other than `first()` and the like, content types other than HTML) is an error at
/// its tag: there is no other renderer to fall back to.
package struct TemplateParser {
    /// A syntax error, with the place of the tag to fix.
    package struct Failure: Error, Equatable {
        package var problem: TemplateProblem
        package var place: Template.Place
    }

    /// What a section body is parsed with: swift-mustache's `ParserState`.
    fileprivate struct State {
        /// The section being read: its name as written and where its tag starts.
        package var section: (name: String, start: Int)?
        /// Whether the next tag may stand alone on its line.
        package var newLine = true
        package var open: [UInt8] = [0x7B, 0x7B]
        package var close: [UInt8] = [0x7D, 0x7D]
    }

    private let bytes: [UInt8]
    private var position = 0
    /// Where each line starts, for places.
    private let lineStarts: [Int]

    private init(_ text: String) {
        bytes = Array(text.utf8)
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == 0x0A { starts.append(index + 1) }
        lineStarts = starts
    }

    package static func parse(_ text: String) throws(Failure) -> Template {
        var parser = TemplateParser(text)
        return Template(nodes: try parser.body(State()))
    }

    /// The place of byte `offset`: its line, and its column counted in Unicode scalars.
    private func place(_ offset: Int) -> Template.Place {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let column = bytes[lineStarts[low]..<offset].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        return Template.Place(line: low + 1, column: column)
    }

    private func failure(_ problem: TemplateProblem, at offset: Int) -> Failure {
        Failure(problem: problem, place: place(offset))
    }

    /// Nodes until the end of the text, or until the close of `state.section` (read, with its line
    /// when it stands alone).
    private mutating func body(_ state: State) throws(Failure) -> [Template.Node] {
        var state = state
        var nodes: [Template.Node] = []
        // Spaces and tabs that start the line: left out when a tag stands alone after them.
        var indentation: ArraySlice<UInt8> = []
        while position < bytes.count {
            if state.newLine { indentation = readBlanks() }
            let (text, tagStart) = readText(state)
            if tagStart == nil, let length = lineBreak(at: position) {
                nodes.append(.text(Array(indentation + text + bytes[position..<position + length])))
                position += length
                state.newLine = true
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(Array(indentation + text)))
                indentation = []
                state.newLine = false
            }
            guard let tagStart else { break }
            guard position < bytes.count else { throw failure(.unfinishedTag, at: tagStart) }
            let tag = try readTag(state, at: tagStart)
            switch tag {
            case .close(let name):
                guard let section = state.section, section.name == name else {
                    throw failure(.wrongSectionClose(expected: state.section?.name, found: name), at: tagStart)
                }
                if !isStandalone(state), !indentation.isEmpty { nodes.append(.text(Array(indentation))) }
                return nodes
            case .section(let name, let raw, let inverted):
                let standalone = isStandalone(state)
                if !standalone { flush(&indentation, into: &nodes) }
                var inner = state
                inner.section = (raw, tagStart)
                if !standalone { inner.newLine = false }
                let body = Template(nodes: try self.body(inner))
                nodes.append(.section(name, body, inverted: inverted, at: place(tagStart)))
                state.newLine = standalone
            case .variable(let name, let escaped):
                flush(&indentation, into: &nodes)
                nodes.append(.variable(name, escaped: escaped, at: place(tagStart)))
                state.newLine = false
            case .partial(let name):
                let own = indentation
                flush(&indentation, into: &nodes)
                let standalone = isStandalone(state)
                nodes.append(.partial(name, indentation: standalone ? Array(own) : nil, at: place(tagStart)))
                state.newLine = standalone
            case .delimiters(let open, let close):
                state.open = open
                state.close = close
                state.newLine = isStandalone(state)
            case .nothing:
                state.newLine = isStandalone(state)
            }
        }
        if let section = state.section { throw failure(.unclosedSection(section.name), at: section.start) }
        return nodes
    }

    private func flush(_ indentation: inout ArraySlice<UInt8>, into nodes: inout [Template.Node]) {
        if !indentation.isEmpty { nodes.append(.text(Array(indentation))) }
        indentation = []
    }
}

// MARK: - Tags

extension TemplateParser {
    /// One tag, read up to and with its closing delimiter.
    fileprivate enum Tag {
        case variable(Template.Name, escaped: Bool)
        case section(Template.Name, raw: String, inverted: Bool)
        case close(String)
        case partial(String)
        case delimiters(open: [UInt8], close: [UInt8])
        /// A comment, or the HTML content type (what every template gets anyway).
        case nothing
    }

    /// Reads the tag whose opening delimiter ends at `position` (`tagStart` is where it begins).
    fileprivate mutating func readTag(_ state: State, at tagStart: Int) throws(Failure) -> Tag {
        let sigil = bytes[position]
        switch sigil {
        case UInt8(ascii: "#"), UInt8(ascii: "^"):
            position += 1
            let raw = try readName(state, tagStart)
            return .section(try name(raw, tagStart), raw: raw, inverted: sigil == UInt8(ascii: "^"))
        case UInt8(ascii: "/"):
            position += 1
            return .close(try readName(state, tagStart))
        case UInt8(ascii: "!"):
            guard let end = find(state.close, from: position + 1) else { throw failure(.unfinishedTag, at: tagStart) }
            position = end + state.close.count
            return .nothing
        case UInt8(ascii: "{"), UInt8(ascii: "&"):
            position += 1
            let raw = try readName(state, tagStart)
            if sigil == UInt8(ascii: "{") {
                guard position < bytes.count, bytes[position] == UInt8(ascii: "}") else {
                    throw failure(.unfinishedTag, at: tagStart)
                }
                position += 1
            }
            return .variable(try name(raw, tagStart), escaped: false)
        case UInt8(ascii: ">"):
            position += 1
            skip(while: Self.isWhitespace)
            if position < bytes.count, bytes[position] == UInt8(ascii: "*") { throw unsupported(state, tagStart) }
            return .partial(try readName(state, tagStart, allowing: Self.isPartialNameByte))
        case UInt8(ascii: "<"), UInt8(ascii: "$"):
            throw unsupported(state, tagStart)
        case UInt8(ascii: "="):
            position += 1
            let (open, close) = try readDelimiters(state, tagStart)
            return .delimiters(open: open, close: close)
        case UInt8(ascii: "%"):
            position += 1
            try readContentType(state, tagStart)
            return .nothing
        default:
            let raw = try readName(state, tagStart)
            return .variable(try name(raw, tagStart), escaped: true)
        }
    }

    /// A name between blanks, then the closing delimiter.
    fileprivate mutating func readName(
        _ state: State, _ tagStart: Int, allowing allowed: (UInt8) -> Bool = TemplateParser.isNameByte
    ) throws(Failure) -> String {
        skip(while: Self.isWhitespace)
        let start = position
        skip(while: allowed)
        let name = String(decoding: bytes[start..<position], as: UTF8.self)
        skip(while: Self.isWhitespace)
        guard read(state.close) else { throw failure(.unfinishedTag, at: tagStart) }
        return name
    }

    /// A name as written (`a.b`, `.a`, `.`, `first()`) as the renderer looks it up.
    fileprivate func name(_ raw: String, _ tagStart: Int) throws(Failure) -> Template.Name {
        if raw.utf8.contains(UInt8(ascii: "(")) || raw.utf8.contains(UInt8(ascii: ")")) {
            // Of swift-mustache's transforms only those that read the list position have a use here.
            guard raw.hasSuffix("()"), let transform = Template.SequenceTransform(rawValue: String(raw.dropLast(2))) else {
                throw failure(.unsupported(tagText(from: tagStart)), at: tagStart)
            }
            return .sequence(transform)
        }
        if raw == "." { return .current }
        let parts = raw.split(separator: ".").map(String.init)
        if raw.first == "." { return .anchored(parts) }
        guard let first = parts.first else { return .current }
        return .path(first: first, rest: Array(parts.dropFirst()))
    }

    /// `{{=<% %>=}}`: the new delimiters.
    fileprivate mutating func readDelimiters(_ state: State, _ tagStart: Int) throws(Failure) -> ([UInt8], [UInt8]) {
        skip(while: Self.isWhitespace)
        let openStart = position
        skip { !Self.isWhitespace($0) }
        let open = Array(bytes[openStart..<position])
        skip(while: Self.isWhitespace)
        let closeStart = position
        skip { !Self.isWhitespace($0) && $0 != UInt8(ascii: "=") }
        let close = Array(bytes[closeStart..<position])
        skip(while: Self.isWhitespace)
        guard !open.isEmpty, !close.isEmpty, read([UInt8(ascii: "=")]), read(state.close) else {
            throw failure(.invalidSetDelimiter, at: tagStart)
        }
        return (open, close)
    }

    /// `{{% CONTENT_TYPE: HTML }}`: how every template escapes anyway; any other setting is an error.
    fileprivate mutating func readContentType(_ state: State, _ tagStart: Int) throws(Failure) {
        skip(while: Self.isWhitespace)
        let start = position
        guard let colon = find([UInt8(ascii: ":")], from: position), let end = find(state.close, from: position),
            colon < end
        else { throw failure(.invalidConfig, at: tagStart) }
        let variable = String(decoding: bytes[start..<colon], as: UTF8.self).trimmingSpaces
        let value = String(decoding: bytes[(colon + 1)..<end], as: UTF8.self).trimmingSpaces
        guard variable == "CONTENT_TYPE", value == "HTML" else { throw failure(.unknownConfig, at: tagStart) }
        position = end + state.close.count
    }

    fileprivate func unsupported(_ state: State, _ tagStart: Int) -> Failure {
        failure(.unsupported(tagText(from: tagStart)), at: tagStart)
    }

    /// The tag that starts at `offset`, as written (up to its line's end), for a message.
    fileprivate func tagText(from offset: Int) -> String {
        var end = offset
        while end < bytes.count, bytes[end] != 0x0A, end - offset < 60 {
            end += 1
            if bytes[offset..<end].suffix(2).elementsEqual([0x7D, 0x7D]) { break }
        }
        return String(decoding: bytes[offset..<end], as: UTF8.self)
    }
}

// MARK: - Text and lines

extension TemplateParser {
    /// Text up to a line break (not read) or an opening delimiter (read: its start is returned).
    fileprivate mutating func readText(_ state: State) -> (ArraySlice<UInt8>, tagStart: Int?) {
        let start = position
        let first = state.open[0]
        while position < bytes.count {
            let byte = bytes[position]
            if byte == 0x0A || (byte == 0x0D && position + 1 < bytes.count && bytes[position + 1] == 0x0A) {
                return (bytes[start..<position], nil)
            }
            if byte == first, matches(state.open, at: position) {
                let tagStart = position
                position += state.open.count
                return (bytes[start..<tagStart], tagStart)
            }
            position += 1
        }
        return (bytes[start..<position], nil)
    }

    /// The length of the line break (`\n` or `\r\n`) at `offset`, if one is there.
    fileprivate func lineBreak(at offset: Int) -> Int? {
        guard offset < bytes.count else { return nil }
        if bytes[offset] == 0x0A { return 1 }
        if bytes[offset] == 0x0D, offset + 1 < bytes.count, bytes[offset + 1] == 0x0A { return 2 }
        return nil
    }

    /// Whether the tag just read stands alone on its line; if so its line's end is read too.
    fileprivate mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if position == bytes.count { return true }
        var end = position
        while end < bytes.count, bytes[end] == 0x20 || bytes[end] == 0x09 { end += 1 }
        guard let length = newlineCharacter(at: end) else { return false }
        position = end + length
        return true
    }

    /// The length of a character Swift counts as a new line (`Character.isNewline`) at `offset`.
    fileprivate func newlineCharacter(at offset: Int) -> Int? {
        guard offset < bytes.count else { return nil }
        switch bytes[offset] {
        case 0x0D: return offset + 1 < bytes.count && bytes[offset + 1] == 0x0A ? 2 : 1
        case 0x0A, 0x0B, 0x0C: return 1
        case 0xC2: return matches([0xC2, 0x85], at: offset) ? 2 : nil
        case 0xE2: return matches([0xE2, 0x80, 0xA8], at: offset) || matches([0xE2, 0x80, 0xA9], at: offset) ? 3 : nil
        default: return nil
        }
    }

    fileprivate mutating func readBlanks() -> ArraySlice<UInt8> {
        let start = position
        skip { $0 == 0x20 || $0 == 0x09 }
        return bytes[start..<position]
    }

    fileprivate mutating func skip(while condition: (UInt8) -> Bool) {
        while position < bytes.count, condition(bytes[position]) { position += 1 }
    }

    fileprivate mutating func read(_ expected: [UInt8]) -> Bool {
        guard matches(expected, at: position) else { return false }
        position += expected.count
        return true
    }

    fileprivate func matches(_ expected: [UInt8], at offset: Int) -> Bool {
        offset + expected.count <= bytes.count && bytes[offset..<(offset + expected.count)].elementsEqual(expected)
    }

    fileprivate func find(_ expected: [UInt8], from offset: Int) -> Int? {
        var index = offset
        while index + expected.count <= bytes.count {
            if matches(expected, at: index) { return index }
            index += 1
        }
        return nil
    }

    fileprivate static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

    /// swift-mustache's name characters: ASCII letters and digits, `.-_?*()`.
    fileprivate static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "A")...UInt8(ascii: "Z"):
            return true
        default:
            return ".-_?*()".utf8.contains(byte)
        }
    }

    /// A partial's name may also hold `/`.
    fileprivate static func isPartialNameByte(_ byte: UInt8) -> Bool { isNameByte(byte) || byte == UInt8(ascii: "/") }
}

extension String {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
