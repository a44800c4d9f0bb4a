import OITLoad
import OITModel

/// A parsed Mustache template: the one parse tree the renderer, the template audit and template
/// error messages share. `TemplateParser` makes it; text is already UTF-8 and names are already
/// split, so rendering a tag costs no parsing.
///
/// It holds the Mustache a theme or a template override may use: escaped and raw variables,
/// sections and inverted sections, dotted names, `.`, the list-position names `first()`,
/// `last()`, `index()`, `even()`, `odd()`, comments and partials (set-delimiter tags change how
/// the rest is read and leave no node).
package struct Template: Sendable {
    /// How a tag names its value.
    package enum Name: Sendable, Equatable {
        /// `.`: the top of the context stack.
        case current
        /// `first()` and the like: a property of the list element being rendered.
        case sequence(SequenceTransform)
        /// `a.b.c`: `a` looked up the context stack, then `b` and `c` inside it.
        case path(first: String, rest: [String])
        /// `.a.b`: looked up in the top of the stack only.
        case anchored([String])

        /// The name as a template writes it, for the audit's findings.
        package var spelled: String {
            switch self {
            case .current: return "."
            case .sequence(let transform): return transform.rawValue + "()"
            case .path(let first, let rest): return ([first] + rest).joined(separator: ".")
            case .anchored(let parts): return "." + parts.joined(separator: ".")
            }
        }
    }

    package enum SequenceTransform: String, Sendable {
        case first, last, index, even, odd
    }

    /// Where a tag starts in its file: 1-based line, and column in Unicode scalars.
    package struct Place: Sendable, Equatable {
        package var line: Int
        package var column: Int
    }

    package indirect enum Node: Sendable {
        case text([UInt8])
        case variable(Name, escaped: Bool, at: Place)
        case section(Name, Template, inverted: Bool, at: Place)
        /// `indentation` is nil unless the partial tag stands alone on its line.
        case partial(String, indentation: [UInt8]?, at: Place)
    }

    package var nodes: [Node]
}
