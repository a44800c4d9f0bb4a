import OITModel

/// Numbers and dates in content, read from their YAML node with the location of any mistake.
package enum Scalars {
    /// Dates in content are about rounds of ITA (from 2555 B.E.) and the plans around them: years
    /// outside CE 1950–2100 (B.E. 2493–2643) are typing mistakes (0000-01-01, 9999-12-31).
    package static let plausibleYears = 1950...2100

    /// A number written in plain decimal notation (`95`, `-3`, `93.75`). Swift's `Double(_:)` also
    /// reads `0x1p6`, `1e17`, `inf` and `nan`, which no webmaster means as a score.
    package static func number(_ value: YAMLNode, key: String?, _ context: LoadContext) -> Located<Double>? {
        guard let text = value.scalar, let number = plainDecimal(text.trimmingSpaces()) else {
            context.diagnostics.error(.wrongType(key: key, expected: .number), at: value.location)
            return nil
        }
        return Located(number, at: value.location)
    }

    package static func number(_ value: YAMLNode, key: String?, in range: ClosedRange<Double>, _ context: LoadContext) -> Located<
        Double
    >? {
        guard let number = number(value, key: key, context) else { return nil }
        guard range.contains(number.value) else {
            context.diagnostics.error(.numberOutOfRange(key: key, value: number.value, range: range), at: number.location)
            return nil
        }
        return number
    }

    /// Optional sign, digits, optional fraction; nothing else.
    package static func plainDecimal(_ text: String) -> Double? {
        var body = Substring(text)
        if body.first == "+" || body.first == "-" { body = body.dropFirst() }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let digits: (Substring) -> Bool = { $0.allSatisfy { ("0"..."9").contains($0) } }
        guard !body.isEmpty, parts.count <= 2, parts.allSatisfy(digits), parts.contains(where: { !$0.isEmpty })
        else { return nil }
        return Double(text).flatMap { $0.isFinite ? $0 : nil }
    }
}
