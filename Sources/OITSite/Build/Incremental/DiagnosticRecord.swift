import Foundation

/// A diagnostic as the build cache keeps it, so that an agency that is not rendered again still
/// reports its warnings and notes (and `--strict` fails on them as a full build would).
struct DiagnosticRecord: Codable, Equatable {
    var severity: String
    var location: SourceLocation?
    var message: Message

    init(_ diagnostic: Diagnostic) {
        severity = diagnostic.severity.rawValue
        location = diagnostic.location
        message = diagnostic.message
    }

    /// Adds the diagnostic again, as it was found (a severity this build does not know is an error).
    func replay(into diagnostics: inout Diagnostics) {
        switch Diagnostic.Severity(rawValue: severity) {
        case .warning: diagnostics.warning(message, at: location)
        case .note: diagnostics.note(message, at: location)
        case .error, nil: diagnostics.error(message, at: location)
        }
    }
}

// Codable for the values messages carry, so that a message can be kept in the cache. Structs need
// their conformance written out here (synthesis works only in the type's own file); enums with raw
// values get it from the standard library.
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
