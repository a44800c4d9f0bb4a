import Foundation

/// Finds names a template uses that its model does not provide. swift-mustache renders an
/// unknown name as empty text, so a misspelt `{{titel}}` would silently blank a field.
///
/// The audit walks a template's tags with the model it is rendered with, resolving each name the
/// way Mustache does (up the context stack, through sections and partials), and records the
/// names that resolve to no property at all. A property that exists but is nil is fine.
public final class TemplateAudit: @unchecked Sendable {
    public struct Finding: Hashable, Sendable, Comparable {
        public var template: String
        public var name: String

        public static func < (a: Finding, b: Finding) -> Bool { (a.template, a.name) < (b.template, b.name) }
    }

    /// Templates with their text, by name.
    let sources: [String: String]
    private let lock = NSLock()
    private var found = Set<Finding>()
    public init(sources: [String: String]) {
        self.sources = sources
    }

    public var findings: [Finding] { lock.withLock { found.sorted() } }

    /// Each template's tags, read from its text once rather than once per page.
    private var tagLists: [String: [(Walker.Tag, String.Index)]] = [:]

    fileprivate func tags(of template: String, text: String) -> [(Walker.Tag, String.Index)] {
        if let list = lock.withLock({ tagLists[template] }) { return list }
        let list = Walker.tags(text)
        lock.withLock { tagLists[template] = list }
        return list
    }

    func audit(_ template: String, _ model: Any) {
        guard let text = sources[template] else { return }
        var walker = Walker(audit: self)
        walker.walk(template: template, text: text, stack: [model], depth: 0)
    }

    fileprivate func record(_ finding: Finding) { _ = lock.withLock { found.insert(finding) } }
}

private struct Walker {
    let audit: TemplateAudit

    enum Tag {
        case variable(String)
        case open(String, inverted: Bool)
        case close(String)
        case partial(String)
    }

    static func tags(_ text: String) -> [(Tag, String.Index)] {
        var result: [(Tag, String.Index)] = []
        var rest = text[...]
        while let open = rest.range(of: "{{") {
            let triple = rest[open.upperBound...].hasPrefix("{")
            let closer = triple ? "}}}" : "}}"
            guard let close = rest[open.upperBound...].range(of: closer) else { break }
            var body = String(rest[open.upperBound..<close.lowerBound])
            if triple { body.removeFirst() }
            body = body.trimmingCharacters(in: .whitespaces)
            let kind = body.first
            let name = String(body.dropFirst()).trimmingCharacters(in: .whitespaces)
            switch kind {
            case "!": break
            case "#": result.append((.open(name, inverted: false), open.lowerBound))
            case "^": result.append((.open(name, inverted: true), open.lowerBound))
            case "/": result.append((.close(name), open.lowerBound))
            case ">": result.append((.partial(name), open.lowerBound))
            case "&": result.append((.variable(name), open.lowerBound))
            default: result.append((.variable(body), open.lowerBound))
            }
            rest = rest[close.upperBound...]
        }
        return result
    }

    mutating func walk(template: String, text: String, stack: [Any], depth: Int) {
        guard depth < 12 else { return }
        let list = audit.tags(of: template, text: text)
        walk(template: template, list[...], stack: stack, depth: depth)
    }

    /// Walks tags until the list ends, handling each section by recursing into its content.
    mutating func walk(template: String, _ list: ArraySlice<(Tag, String.Index)>, stack: [Any], depth: Int) {
        var index = list.startIndex
        while index < list.endIndex {
            switch list[index].0 {
            case .variable(let name):
                check(name, in: stack, template: template)
            case .partial(let name):
                if let text = audit.sources[name] {
                    walk(template: name, text: text, stack: stack, depth: depth + 1)
                } else {
                    audit.record(.init(template: template, name: ">" + name))
                }
            case .close:
                break
            case .open(let name, let inverted):
                let end = matchingClose(list, from: index, name: name)
                let inner = list[(index + 1)..<end]
                if isSequenceTransform(name) {
                    walk(template: template, inner, stack: stack, depth: depth)
                } else if let value = resolve(name, in: stack, template: template) {
                    if inverted {
                        walk(template: template, inner, stack: stack, depth: depth)
                    } else {
                        for context in sectionContexts(value) {
                            walk(template: template, inner, stack: context.map { stack + [$0] } ?? stack, depth: depth)
                        }
                    }
                }
                index = end
            }
            index += 1
        }
    }

    func matchingClose(_ list: ArraySlice<(Tag, String.Index)>, from start: Int, name: String) -> Int {
        var depth = 0
        for index in start..<list.endIndex {
            switch list[index].0 {
            case .open(let other, _) where other == name: depth += 1
            case .close(let other) where other == name:
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
        }
        return list.endIndex - 1
    }

    func isSequenceTransform(_ name: String) -> Bool {
        ["first()", "last()", "index()", "even()", "odd()"].contains(name)
    }

    /// The contexts a section's content renders with: nil means "same stack" (a true Bool).
    func sectionContexts(_ value: Any?) -> [Any?] {
        guard let value = unwrap(value) else { return [] }
        if let bool = value as? Bool { return bool ? [nil] : [] }
        if let array = value as? [Any] { return array.map { $0 } }
        if let string = value as? String { return string.isEmpty ? [] : [string] }
        return [value]
    }

    func check(_ name: String, in stack: [Any], template: String) {
        if name == "." || isSequenceTransform(name) { return }
        _ = resolve(name, in: stack, template: template)
    }

    /// Resolves a (dotted) name; records a finding and returns nil when no property has it.
    /// Returns `.some(nil)` for a property that exists but is nil.
    func resolve(_ name: String, in stack: [Any], template: String) -> Any?? {
        let parts = name.split(separator: ".").map(String.init)
        guard let first = parts.first else { return .some(stack.last) }
        for object in stack.reversed() {
            guard let value = property(first, of: object) else { continue }
            var current: Any? = value ?? nil
            for part in parts.dropFirst() {
                guard let object = unwrap(current) else { return .some(nil) }
                guard let next = property(part, of: object) else {
                    audit.record(.init(template: template, name: name))
                    return nil
                }
                current = next ?? nil
            }
            return .some(current)
        }
        audit.record(.init(template: template, name: name))
        return nil
    }

    /// `.none`: no such property; `.some(nil)`: the property is nil.
    func property(_ name: String, of object: Any) -> Any?? {
        let mirror = Mirror(reflecting: object)
        guard let child = mirror.children.first(where: { $0.label == name }) else { return nil }
        return .some(unwrap(child.value))
    }

    func unwrap(_ value: Any?) -> Any? {
        guard let value else { return nil }
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first.map { unwrap($0.value) } ?? nil
    }
}
