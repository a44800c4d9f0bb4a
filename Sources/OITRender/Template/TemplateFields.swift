import OITCheck
import OITLoad
import OITModel

/// The fields of an object in a template value tree: names and values in the order they were
/// given, found by a scan from the end (a name given twice finds its last value, as a dictionary
/// assigned in turn would).
///
/// A model's object has a few to a few dozen fields, each built once and looked up a handful of
/// times, so a scan that rejects most names by their length beats hashing every name into a
/// dictionary at build time and every looked-up name again at render time.
package struct TemplateFields: Equatable, Sendable, ExpressibleByDictionaryLiteral {
    package private(set) var names: [String] = []
    package private(set) var values: [TemplateValue] = []

    package init() {}

    package init(_ dictionary: [String: TemplateValue]) {
        names = Array(dictionary.keys)
        values = Array(dictionary.values)
    }

    package init(dictionaryLiteral elements: (String, TemplateValue)...) {
        names = elements.map(\.0)
        values = elements.map(\.1)
    }

    package mutating func append(_ name: String, _ value: TemplateValue) {
        names.append(name)
        values.append(value)
    }

    /// Replaces the value at `index` (a field filled in after it was appended).
    package mutating func set(_ value: TemplateValue, at index: Int) { values[index] = value }

    package subscript(name: String) -> TemplateValue? {
        let length = name.utf8.count
        var index = names.count - 1
        while index >= 0 {
            if names[index].utf8.count == length && names[index] == name { return values[index] }
            index -= 1
        }
        return nil
    }

    /// Each name once, with its last value.
    package var dictionary: [String: TemplateValue] {
        Dictionary(zip(names, values), uniquingKeysWith: { _, last in last })
    }

    /// Equal when they hold the same names with the same values, in whatever order.
    package static func == (lhs: TemplateFields, rhs: TemplateFields) -> Bool { lhs.dictionary == rhs.dictionary }
}
