import Foundation
import OITCheck
import OITLoad
import OITModel

/// Finds names a template uses that its model does not provide. Mustache renders an unknown name
/// as empty text, so a misspelt `{{titel}}` would silently blank a field.
///
/// The audit walks a template's parse tree (`Template`, the renderer's own) with the model it is
/// rendered with, encoded by `TemplateEncoder` as the renderer encodes it but with nil properties
/// kept, resolving each name as the renderer does (up the context stack, through sections and
/// partials), and records the names that resolve to no property at all. A property that exists
/// but is nil is fine.
public final class TemplateAudit: @unchecked Sendable {
    public struct Finding: Hashable, Sendable, Comparable {
        public var template: String
        public var name: String

        public static func < (a: Finding, b: Finding) -> Bool { (a.template, a.name) < (b.template, b.name) }

        package init(template: String, name: String) {
            self.template = template
            self.name = name
        }
    }

    /// Templates with their text, by name.
    package let sources: [String: String]
    private let lock = NSLock()
    private var found = Set<Finding>()
    /// Each template parsed once rather than once per page; nil for one that does not parse (the
    /// theme reported it when it loaded).
    private var parsed: [String: Template?] = [:]

    public init(sources: [String: String]) {
        self.sources = sources
    }

    public var findings: [Finding] { lock.withLock { found.sorted() } }

    fileprivate func template(_ name: String) -> Template?? {
        if let known = lock.withLock({ parsed[name] }) { return known }
        guard let text = sources[name] else { return nil }
        let template = try? TemplateParser.parse(text)
        lock.withLock { parsed[name] = .some(template) }
        return .some(template)
    }

    package func audit<Model: Encodable>(_ template: String, _ model: Model) {
        guard case .some(let parsed?) = self.template(template) else { return }
        var walker = AuditWalker(audit: self)
        walker.walk(template, parsed.nodes[...], stack: [TemplateEncoder.encode(model, keepingNil: true)], depth: 0)
    }

    fileprivate func record(_ finding: Finding) { _ = lock.withLock { found.insert(finding) } }
}

/// One walk of the audit through a template and the partials it names.
private struct AuditWalker {
    package let audit: TemplateAudit

    package mutating func walk(_ template: String, _ nodes: ArraySlice<Template.Node>, stack: [TemplateValue], depth: Int) {
        guard depth < 12 else { return }
        for node in nodes {
            switch node {
            case .text:
                break
            case .variable(let name, _, _):
                _ = resolve(name, in: stack, template: template)
            case .partial(let name, _, _):
                switch audit.template(name) {
                case .some(let parsed?): walk(name, parsed.nodes[...], stack: stack, depth: depth + 1)
                case .some(.none): break
                case .none: audit.record(.init(template: template, name: ">" + name))
                }
            case .section(let name, let body, let inverted, _):
                if case .sequence = name {
                    walk(template, body.nodes[...], stack: stack, depth: depth)
                } else if let value = resolve(name, in: stack, template: template) {
                    let contexts: [TemplateValue?] = inverted ? [nil] : Self.sectionContexts(value)
                    for context in contexts {
                        walk(template, body.nodes[...], stack: context.map { stack + [$0] } ?? stack, depth: depth)
                    }
                }
            }
        }
    }

    /// The contexts a section's content renders with: nil means "same stack" (a true Bool).
    package static func sectionContexts(_ value: TemplateValue) -> [TemplateValue?] {
        switch value {
        case .null: return []
        case .bool(let flag): return flag ? [nil] : []
        case .list(let items): return items
        case .text(let text): return text.isEmpty ? [] : [value]
        case .utf8(let bytes): return bytes.isEmpty ? [] : [value]
        default: return [value]
        }
    }

    /// Resolves a name; records a finding and returns nil when no property has it. Returns
    /// `.null` for a property that exists but is nil.
    package func resolve(_ name: Template.Name, in stack: [TemplateValue], template: String) -> TemplateValue? {
        let top = stack.last ?? .null
        switch name {
        case .current, .sequence:
            return top
        case .anchored(let parts):
            return descend(parts[...], from: top, name: name, template: template)
        case .path(let first, let rest):
            for object in stack.reversed() {
                guard let value = object.child(first) else { continue }
                return descend(rest[...], from: value, name: name, template: template)
            }
            audit.record(.init(template: template, name: name.spelled))
            return nil
        }
    }

    private func descend(_ parts: ArraySlice<String>, from value: TemplateValue, name: Template.Name, template: String)
        -> TemplateValue?
    {
        var current = value
        for part in parts {
            if case .null = current { return .null }
            guard let next = current.child(part) else {
                audit.record(.init(template: template, name: name.spelled))
                return nil
            }
            current = next
        }
        return current
    }
}
