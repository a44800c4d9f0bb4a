@testable import OITCheck
@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

/// A model as swift-mustache read it by reflection (what oit gave it before it had its own
/// engine), as a template value: the reference `TemplateEncoder` is compared with. Reflection is
/// for tests only; the library encodes through `Encodable`.
extension TemplateValue {
    /// Reflects `value`: a struct's nil optional left out, a nil in a list or dictionary `.null`.
    init(reflecting value: Any) {
        switch value {
        case let text as String:
            self = .text(text)
            return
        case let flag as Bool:
            self = .bool(flag)
            return
        case let number as Int:
            self = .int(number)
            return
        case let number as Double:
            self = .double(number)
            return
        case let dictionary as [String: Any]:
            self = .object(TemplateFields(dictionary.mapValues(TemplateValue.init(reflecting:))))
            return
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            self = mirror.children.first.map { TemplateValue(reflecting: $0.value) } ?? .null
        case .collection, .set:
            self = .list(mirror.children.map { TemplateValue(reflecting: $0.value) })
        case .struct, .class:
            var fields: [String: TemplateValue] = [:]
            fields.reserveCapacity(Int(mirror.children.count))
            for child in mirror.children {
                guard let label = child.label else { continue }
                let field = TemplateValue(reflecting: child.value)
                if case .null = field { continue }
                fields[label] = field
            }
            self = .object(TemplateFields(fields))
        default:
            self = .other(String(describing: value))
        }
    }
}
