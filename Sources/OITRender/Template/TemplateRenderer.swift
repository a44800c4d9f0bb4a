import OITCheck
import OITLoad
import OITModel

/// Renders parsed templates into one byte buffer, by the rules of swift-mustache 2
/// (`Template+Render.swift`), which the theme was written for: the same context stack, sequence
/// context, section rules and indentation of standalone partials. Values are escaped by `HTML`,
/// on UTF-8 bytes.
package struct TemplateRenderer {
    /// Where `first()` and the like read from: the element of a list section being rendered.
    package struct Sequence {
        package var first: Bool
        package var last: Bool
        package var index: Int

        package func value(_ transform: Template.SequenceTransform) -> TemplateValue {
            switch transform {
            case .first: return .bool(first)
            case .last: return .bool(last)
            case .index: return .int(index)
            case .even: return .bool(index & 1 == 0)
            case .odd: return .bool(index & 1 == 1)
            }
        }
    }

    package let library: TemplateLibrary
    package private(set) var out: [UInt8] = []
    private var stack: [TemplateValue]

    package init(library: TemplateLibrary, root: TemplateValue, capacity: Int) {
        self.library = library
        stack = [root]
        stack.reserveCapacity(16)
        out.reserveCapacity(capacity)
    }

    /// One template or section body. swift-mustache renders each into its own string and, inside
    /// an indented partial, indents a token's output when that string so far ends with a newline.
    package mutating func render(_ template: Template, sequence: Sequence?, indentation: [UInt8]?) {
        guard let indentation, !indentation.isEmpty else {
            for node in template.nodes { render(node, sequence: sequence, indentation: indentation) }
            return
        }
        let start = out.count
        for node in template.nodes {
            let before = out.count
            let lineStart = endsWithNewline(since: start)
            render(node, sequence: sequence, indentation: indentation)
            if lineStart, out.count > before { out.insert(contentsOf: indentation, at: before) }
        }
    }

    /// Whether the bytes since `start`, as a Swift string, end with the character "\n" (a "\r\n"
    /// is one other character).
    private func endsWithNewline(since start: Int) -> Bool {
        let count = out.count - start
        guard count > 0, out[out.count - 1] == 0x0A else { return false }
        return count < 2 || out[out.count - 2] != 0x0D
    }

    private mutating func render(_ node: Template.Node, sequence: Sequence?, indentation: [UInt8]?) {
        switch node {
        case .text(let bytes):
            out.append(contentsOf: bytes)
        case .variable(let name, let escaped, _):
            guard let value = resolve(name, sequence) else { return }
            let text: String
            switch value {
            case .text(let string): text = string
            case .utf8(let bytes):
                if escaped {
                    bytes.withUnsafeBufferPointer { HTML.appendEscaped(utf8: $0, to: &out) }
                } else {
                    out.append(contentsOf: bytes)
                }
                return
            default: text = value.description
            }
            if escaped { HTML.appendEscaped(text, to: &out) } else { HTML.appendUTF8(text, to: &out) }
        case .section(let name, let body, let inverted, _):
            let value = resolve(name, sequence)
            if inverted {
                renderInverted(value, body, sequence: sequence, indentation: indentation)
            } else {
                renderSection(value, body, sequence: sequence, indentation: indentation)
            }
        case .partial(let name, let own, _):
            guard let template = library.templates[name] else { return }
            let combined: [UInt8]? = own.map { (indentation ?? []) + $0 } ?? indentation
            render(template, sequence: nil, indentation: combined)
        }
    }

    private mutating func renderSection(
        _ value: TemplateValue?, _ body: Template, sequence: Sequence?,
        indentation: [UInt8]?
    ) {
        switch value {
        case .none:
            return
        case .list(let elements)?:
            for (index, element) in elements.enumerated() {
                stack.append(element)
                render(
                    body, sequence: Sequence(first: index == 0, last: index == elements.count - 1, index: index),
                    indentation: indentation)
                stack.removeLast()
            }
        case .bool(let flag)?:
            if flag { render(body, sequence: sequence, indentation: indentation) }
        case .some(let other):
            stack.append(other)
            render(body, sequence: nil, indentation: indentation)
            stack.removeLast()
        }
    }

    private mutating func renderInverted(
        _ value: TemplateValue?, _ body: Template, sequence: Sequence?,
        indentation: [UInt8]?
    ) {
        switch value {
        case .none:
            render(body, sequence: sequence, indentation: indentation)
        case .list(let elements)?:
            // swift-mustache renders an empty list's inverted section with the list on the stack.
            guard elements.isEmpty else { return }
            stack.append(.list(elements))
            render(body, sequence: nil, indentation: indentation)
            stack.removeLast()
        case .bool(let flag)?:
            if !flag { render(body, sequence: sequence, indentation: indentation) }
        case .some:
            return
        }
    }

    /// Looks a name up as swift-mustache's `getChild` does.
    private func resolve(_ name: Template.Name, _ sequence: Sequence?) -> TemplateValue? {
        switch name {
        case .current:
            return stack[stack.count - 1]
        case .sequence(let transform):
            return sequence?.value(transform)
        case .anchored(let parts):
            return Self.descend(parts[...], from: stack[stack.count - 1])
        case .path(let first, let rest):
            var index = stack.count - 1
            while index >= 0 {
                if let found = stack[index].child(first) {
                    return rest.isEmpty ? found : Self.descend(rest[...], from: found)
                }
                index -= 1
            }
            return nil
        }
    }

    private static func descend(_ parts: ArraySlice<String>, from value: TemplateValue) -> TemplateValue? {
        var current = value
        for part in parts {
            guard let next = current.child(part) else { return nil }
            current = next
        }
        return current
    }
}
