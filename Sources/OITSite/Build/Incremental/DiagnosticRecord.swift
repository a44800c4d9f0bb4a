import Foundation
import OITCheck
import OITLoad
import OITModel

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
