/// Turns a view model into nested dictionaries and arrays, reflecting on each value once.
///
/// swift-mustache looks names up with `Mirror`, reflecting again on every object of the context
/// stack for every tag; dictionaries it reads directly. Boxing first made builds about 1.6× faster
/// (see `make bench`). A nil optional is left out, which Mustache treats exactly as it treats nil.
enum MustacheBox {
    static func box(_ value: Any) -> Any {
        switch value {
        case let text as String: return text
        case let flag as Bool: return flag
        case let number as Int: return number
        case let number as Double: return number
        case let dictionary as [String: Any]: return dictionary.mapValues(box)
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            return mirror.children.first.map { box($0.value) } ?? Optional<Any>.none as Any
        case .collection, .set:
            return mirror.children.map { box($0.value) }
        case .struct, .class:
            var fields: [String: Any] = [:]
            for child in mirror.children {
                guard let label = child.label, let boxed = unwrap(box(child.value)) else { continue }
                fields[label] = boxed
            }
            return fields
        default:
            return value
        }
    }

    private static func unwrap(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first.map(\.value)
    }
}
