// Codable for the values messages carry, so that a message can be kept in the build cache
// (`DiagnosticRecord`). Structs need their conformance written out here (synthesis works only in the
// type's own file); enums with raw values get it from the standard library.
extension SourceLocation: Codable {
    private enum CodingKeys: String, CodingKey { case file, line, column }

    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            file: try values.decode(String.self, forKey: .file), line: try values.decode(Int.self, forKey: .line),
            column: try values.decode(Int.self, forKey: .column))
    }

    public func encode(to encoder: any Encoder) throws {
        var values = encoder.container(keyedBy: CodingKeys.self)
        try values.encode(file, forKey: .file)
        try values.encode(line, forKey: .line)
        try values.encode(column, forKey: .column)
    }
}

extension ValueKind: Codable {}
extension PeriodRule: Codable {}
