import OITModel

/// Reads the keys of one YAML mapping, reporting wrong types, missing keys and, at the end, every
/// key that was never asked for (with a "did you mean").
///
/// A mapping is only read inside a scope (`MappingReader.read`, `mapping(_:_:)`, `mappings(_:_:)`)
/// that reports the unknown keys when it ends, so no reader can forget to.
package final class MappingReader {
    package let node: YAMLNode
    private let context: LoadContext
    private var pairs: [(key: Located<String>, value: YAMLNode)] = []
    private var asked: [String] = []
    /// Keys written with a value that was reported as wrong (see `isRejected`).
    private var rejected: Set<String> = []

    /// Reads `node` as a mapping with `body`, then reports the keys `body` never asked for. Nil,
    /// with a diagnostic, when `node` is not a mapping.
    /// - Parameter keyLine: the line of the key `node` is the value of, when it has one.
    package static func read<T>(
        _ node: YAMLNode, key: String? = nil, keyLine: Int? = nil, _ context: LoadContext, _ body: (MappingReader) -> T?
    ) -> T? {
        guard let reader = MappingReader(node, key: key, keyLine: keyLine, context) else { return nil }
        defer { reader.reportUnknownKeys() }
        return body(reader)
    }

    /// Nil, with a diagnostic, when `node` is not a mapping.
    private init?(_ node: YAMLNode, key: String? = nil, keyLine: Int?, _ context: LoadContext) {
        self.node = node
        self.context = context
        guard case .mapping(let pairs) = node.value else {
            if let keyLine, let (mistake, location) = Self.missingColon(node, keyLine: keyLine) {
                context.diagnostics.error(.yamlMistake(mistake), at: location)
            } else {
                context.diagnostics.error(.wrongType(key: key, expected: .mapping), at: node.location)
            }
            return nil
        }
        self.pairs = pairs.map { (Located($0.key.scalar ?? "", at: $0.key.location), $0.value) }
    }

    /// A mapping's value written as plain text on the lines below its key, the first word then a
    /// space (`o1:` then `status done`): the key `status` lacks its colon; told so right after it.
    private static func missingColon(_ node: YAMLNode, keyLine: Int) -> (YAMLMistake, SourceLocation)? {
        guard case .scalar(let text, plain: true) = node.value, node.location.line > keyLine,
            let space = text.unicodeScalars.firstIndex(of: " ")
        else { return nil }
        let key = String(text.unicodeScalars[..<space])
        let rest = String(text.unicodeScalars[space...]).trimmingSpaces()
        var location = node.location
        location.column += key.unicodeScalars.count
        return (.missingColon(key: key, rest: rest), location)
    }

    /// Whether `key` was written with a value that was reported as wrong: what follows from the
    /// value (a period check on a date that could not be read) is then not reported again.
    package func isRejected(_ key: String) -> Bool { rejected.contains(key) }

    /// Notes that `key`'s value was reported as wrong (for readers that check values themselves).
    package func reject(_ key: String) { rejected.insert(key) }

    package var location: SourceLocation { node.location }

    /// Every key with its value, in the order written; marks them all as known.
    package var entries: [(key: Located<String>, value: YAMLNode)] {
        asked.append(contentsOf: pairs.map(\.key.value))
        return pairs
    }

    /// Whether `key` is written at all (even without a value); does not mark it as known.
    package func has(_ key: String) -> Bool { pairs.contains { $0.key.value == key } }

    /// The value of `key`, nil when absent or null. `required` reports a missing key at the mapping.
    package func node(_ key: String, required: Bool = false) -> YAMLNode? {
        asked.append(key)
        guard let pair = pairs.first(where: { $0.key.value == key }), !pair.value.isNull else {
            if required { context.diagnostics.error(.missingKey(key), at: location) }
            return nil
        }
        return pair.value
    }

    package func text(_ key: String, required: Bool = false) -> Located<String>? {
        guard let value = node(key, required: required) else { return nil }
        guard let text = value.scalar else {
            reportValue(key, .wrongType(key: key, expected: .text), at: value.location)
            return nil
        }
        let trimmed = text.trimmingSpacesAndNewlines()
        if trimmed.isEmpty {
            if required { reportValue(key, .missingKey(key), at: value.location) }
            return nil
        }
        return Located(trimmed, at: value.location)
    }

    /// Text kept as written (Markdown bodies keep their line breaks).
    package func markdown(_ key: String) -> Located<String>? {
        guard let value = node(key) else { return nil }
        guard let text = value.scalar else {
            reportValue(key, .wrongType(key: key, expected: .text), at: value.location)
            return nil
        }
        return Located(text, at: value.location)
    }

    package func number(_ key: String, required: Bool = false) -> Located<Double>? {
        guard let value = node(key, required: required) else { return nil }
        guard let number = Scalars.number(value, key: key, context) else {
            rejected.insert(key)
            return nil
        }
        return number
    }

    /// A number that must lie in `range` (a score, a threshold): reported and dropped otherwise,
    /// so that no out-of-range value reaches arithmetic or formatting.
    package func number(_ key: String, required: Bool = false, in range: ClosedRange<Double>) -> Located<Double>? {
        guard let value = node(key, required: required) else { return nil }
        guard let number = Scalars.number(value, key: key, in: range, context) else {
            rejected.insert(key)
            return nil
        }
        return number
    }

    package func wholeNumber(_ key: String, required: Bool = false) -> Located<Int>? {
        guard let value = node(key, required: required) else { return nil }
        guard let text = value.scalar, let number = Int(text.trimmingSpaces()) else {
            reportValue(key, .wrongType(key: key, expected: .wholeNumber), at: value.location)
            return nil
        }
        return Located(number, at: value.location)
    }

    package func bool(_ key: String) -> Bool? {
        guard let value = node(key) else { return nil }
        switch value.scalar?.lowercased() {
        case "true", "yes", "ใช่": return true
        case "false", "no", "ไม่ใช่": return false
        default:
            reportValue(key, .wrongType(key: key, expected: .yesNo), at: value.location)
            return nil
        }
    }

    package func date(_ key: String, required: Bool = false) -> Located<CivilDate>? {
        guard let value = node(key, required: required) else { return nil }
        guard let text = value.scalar else {
            reportValue(key, .wrongType(key: key, expected: .date), at: value.location)
            return nil
        }
        guard let date = CivilDate(parsing: text) else {
            if let (year, month, day) = CivilDate.dayNotInMonth(text) {
                reportValue(key, .dayNotInMonth(text, year: year, month: month, day: day), at: value.location)
            } else {
                reportValue(key, .invalidDate(text), at: value.location)
            }
            return nil
        }
        guard Scalars.plausibleYears.contains(date.year) else {
            reportValue(
                key,
                .dateOutOfRange(
                    text, earliest: Scalars.plausibleYears.lowerBound,
                    latest: Scalars.plausibleYears.upperBound), at: value.location)
            return nil
        }
        return Located(date, at: value.location)
    }

    package func url(_ key: String, required: Bool = false) -> Located<String>? {
        guard let text = self.text(key, required: required) else { return nil }
        guard WebAddress.isValid(text.value) else {
            reportValue(key, .invalidURL(text.value), at: text.location)
            return nil
        }
        return text
    }

    /// A list; a single scalar is accepted as a list of one (`units: สำนักปลัด`).
    package func list(_ key: String) -> [YAMLNode] {
        guard let value = node(key) else { return [] }
        switch value.value {
        case .sequence(let items): return items.filter { !$0.isNull }
        case .scalar: return [value]
        case .mapping:
            reportValue(key, .wrongType(key: key, expected: .list), at: value.location)
            return []
        }
    }

    package func textList(_ key: String) -> [Located<String>] {
        list(key).compactMap { item in
            guard let text = item.scalar?.trimmingSpacesAndNewlines() else {
                reportValue(key, .wrongType(key: key, expected: .text), at: item.location)
                return nil
            }
            return text.isEmpty ? nil : Located(text, at: item.location)
        }
    }

    /// A list of mappings, each read by `read`.
    package func mappings<T>(_ key: String, _ read: (MappingReader) -> T?) -> [T] {
        list(key).compactMap { item in MappingReader.read(item, key: key, context, read) }
    }

    /// The mapping under `key`, read by `read`.
    package func mapping<T>(_ key: String, required: Bool = false, _ read: (MappingReader) -> T?) -> T? {
        guard let value = node(key, required: required) else { return nil }
        let keyLine = pairs.first { $0.key.value == key }?.key.location.line
        return MappingReader.read(value, key: key, keyLine: keyLine, context, read)
    }

    /// One of a fixed set of words, each with its Thai and English spellings.
    package func choice<T: Choice>(_ key: String, required: Bool = false, as type: T.Type = T.self) -> Located<T>? {
        guard let text = self.text(key, required: required) else { return nil }
        guard let value = T.allCases.first(where: { $0.spellings.contains(text.value) }) else {
            let choices = T.allCases.map(\.spellings)
            let suggestion = Spelling.closestChoice(to: text.value, among: choices, nearWords: T.allCases.map(\.nearWords))
            reportValue(key, .unknownChoice(text.value, choices: choices, suggestion: suggestion), at: text.location)
            return nil
        }
        return Located(value, at: text.location)
    }

    /// Reports a problem with `key`'s value and remembers the key as rejected.
    private func reportValue(_ key: String, _ message: Message, at location: SourceLocation) {
        rejected.insert(key)
        context.diagnostics.error(message, at: location)
    }

    /// Reports every key that was written but never asked for.
    private func reportUnknownKeys() {
        let known = Set(asked)
        for (key, _) in pairs where !known.contains(key.value) {
            let suggestion = Spelling.closest(to: key.value, among: Array(Set(asked)).sorted())
            context.diagnostics.error(.unknownKey(key.value, suggestion: suggestion), at: key.location)
        }
    }
}
