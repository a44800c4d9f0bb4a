import OITCheck
import OITLoad

/// A view model as templates read it: a typed tree, built once per page by `TemplateEncoder`, so
/// that rendering and the template audit need no `Any`, no reflection and no dynamic casts per tag.
///
/// A struct's nil optional is left out (a lookup climbs the context stack past it, as it climbs
/// past a missing key; the audit asks the encoder to keep it as `.null`), a dictionary keeps its
/// nil values.
package enum TemplateValue: Equatable, Sendable {
    case text(String)
    /// Text held as its valid UTF-8 bytes: a rendered page inside the layout, written out as it
    /// is rather than decoded into a `String` and encoded again. To templates it is the same
    /// value as `.text` of that string, and it equals that `.text`.
    case utf8([UInt8])
    case bool(Bool)
    case int(Int)
    case double(Double)
    case list([TemplateValue])
    case object(TemplateFields)
    /// A nil inside a list or a dictionary (a struct's nil field is left out instead).
    case null
    /// Any other value (an enum case, a character…): shown as its description; it has no names
    /// inside it.
    case other(String)

    /// The value a name finds inside this one; nil when there is none (a lookup then climbs the
    /// context stack). Only objects have names inside them.
    @inline(__always)
    package func child(_ name: String) -> TemplateValue? {
        if case .object(let fields) = self { return fields[name] }
        return nil
    }

    /// What a tag writes for the value (as swift-mustache wrote it: `String(describing:)`).
    package var description: String {
        switch self {
        case .text(let text): return text
        case .utf8(let bytes): return String(decoding: bytes, as: UTF8.self)
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .double(let number): return String(describing: number)
        case .null: return "nil"
        case .other(let text): return text
        case .list, .object: return String(describing: boxed)
        }
    }

    /// The value as Swift arrays and dictionaries, for the rare description of a list or an object.
    private var boxed: Any {
        switch self {
        case .text(let text): return text
        case .utf8(let bytes): return String(decoding: bytes, as: UTF8.self)
        case .bool(let flag): return flag
        case .int(let number): return number
        case .double(let number): return number
        case .list(let values): return values.map(\.boxed)
        case .object(let fields): return fields.dictionary.mapValues(\.boxed)
        case .null: return Optional<Any>.none as Any
        case .other(let text): return text
        }
    }

    package static func == (lhs: TemplateValue, rhs: TemplateValue) -> Bool {
        switch (lhs, rhs) {
        case (.text(let left), .text(let right)): return left == right
        case (.utf8(let left), .utf8(let right)): return left == right
        case (.text(let text), .utf8(let bytes)), (.utf8(let bytes), .text(let text)):
            return text == String(decoding: bytes, as: UTF8.self)
        case (.bool(let left), .bool(let right)): return left == right
        case (.int(let left), .int(let right)): return left == right
        case (.double(let left), .double(let right)): return left == right
        case (.list(let left), .list(let right)): return left == right
        case (.object(let left), .object(let right)): return left == right
        case (.null, .null): return true
        case (.other(let left), .other(let right)): return left == right
        default: return false
        }
    }
}
