import Mustache

/// A template as the fast renderer runs it: swift-mustache's own parse (so standalone lines,
/// whitespace and partial indentation are exactly its own), turned once into nodes whose text is
/// already UTF-8 and whose names are already split.
///
/// Only the Mustache the themes use is compiled: text, escaped and raw variables, sections and
/// inverted sections, dotted names, `.`, the sequence transforms `first()`, `last()`, `index()`,
/// `even()`, `odd()`, comments and static partials. A template with anything else (other
/// transforms, inheritance blocks, dynamic partials, a content-type pragma other than HTML, which
/// `ThemeTemplate` puts first) is not compiled, and the theme renders through swift-mustache instead.
struct CompiledTemplate {
    /// How a tag names its value.
    enum Name {
        /// `.`: the top of the context stack.
        case current
        /// `first()` and the like: a property of the list element being rendered.
        case sequence(SequenceTransform)
        /// `a.b.c`: `a` looked up the context stack, then `b` and `c` inside it.
        case path(first: String, rest: [String])
        /// `.a.b`: looked up in the top of the stack only.
        case anchored([String])
    }

    enum SequenceTransform: String {
        case first, last, index, even, odd
    }

    indirect enum Node {
        case text([UInt8])
        case variable(Name, escaped: Bool)
        case section(Name, CompiledTemplate, inverted: Bool)
        /// `indentation` is nil unless the partial tag stands alone on its line.
        case partial(String, indentation: [UInt8]?)
    }

    var nodes: [Node]

    /// Compiles swift-mustache's parse of a template; nil when it uses Mustache this renderer
    /// does not run. The tokens are internal to swift-mustache, so they are read by reflection,
    /// once per template; a change in their shape makes this return nil, never a wrong page.
    init?(_ template: MustacheTemplate) {
        guard let tokens = Mirror(reflecting: template).children.first(where: { $0.label == "tokens" })?.value else {
            return nil
        }
        var nodes: [Node] = []
        for token in Mirror(reflecting: tokens).children.map(\.value) {
            guard let node = Self.node(token) else { return nil }
            if let node { nodes.append(node) }
        }
        self.nodes = nodes
    }

    /// The node for one token; `.some(nil)` for a token that renders nothing.
    private static func node(_ token: Any) -> Node?? {
        let mirror = Mirror(reflecting: token)
        guard mirror.displayStyle == .enum, let payload = mirror.children.first, let kind = payload.label else { return nil }
        let fields = Mirror(reflecting: payload.value).children.map { ($0.label, $0.value) }
        func field(_ label: String) -> Any? { fields.first { $0.0 == label }?.1 }
        switch kind {
        case "text":
            guard let text = payload.value as? String else { return nil }
            return .some(.text(Array(text.utf8)))
        case "variable", "unescapedVariable":
            guard let name = field("name") as? String, let transforms = field("transforms") as? [String],
                let compiled = compileName(name, transforms)
            else { return nil }
            return .some(.variable(compiled, escaped: kind == "variable"))
        case "section", "invertedSection":
            guard let name = field("name") as? String, let transforms = field("transforms") as? [String],
                let compiled = compileName(name, transforms), let inner = field("template") as? MustacheTemplate,
                let block = CompiledTemplate(inner)
            else { return nil }
            return .some(.section(compiled, block, inverted: kind == "invertedSection"))
        case "partial":
            guard fields.count == 3, let name = fields[0].1 as? String else { return nil }
            // Inheritance (`{{<parent}}`) overrides blocks; only a plain partial is compiled.
            if field("inherits") as? [String: MustacheTemplate] != nil { return nil }
            let indentation = field("indentation") as? String
            return .some(.partial(name, indentation: indentation.map { Array($0.utf8) }))
        case "contentType":
            // HTML escaped on bytes (`ThemeTemplate` puts it first): what this renderer does anyway.
            return payload.value is ByteEscapedHTML ? .some(nil) : nil
        default:
            return nil
        }
    }

    /// Splits a name as swift-mustache's `getChild` does.
    private static func compileName(_ name: String, _ transforms: [String]) -> Name? {
        if !transforms.isEmpty {
            // Only `first()` and the like, which read the sequence being rendered.
            guard name.isEmpty, transforms.count == 1, let transform = SequenceTransform(rawValue: transforms[0]) else {
                return nil
            }
            return .sequence(transform)
        }
        if name == "." { return .current }
        let parts = name.split(separator: ".").map(String.init)
        if name.first == "." { return .anchored(parts) }
        guard let first = parts.first else { return .current }
        return .path(first: first, rest: Array(parts.dropFirst()))
    }
}
