import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender

/// Why an edit was not made. Nothing is written when one is thrown.
public enum YAMLEditError: Error, Sendable, Equatable {
    /// The edit cannot be made (a bad path, a text that does not parse, a result that would not
    /// read back): a message in Thai and English, at its place in the file when it has one.
    case refused(Message, at: SourceLocation?)
    /// The file's bytes on disk are no longer those the edit started from (`ContentFileSave`).
    case changedOnDisk(current: Data)

    /// The error as the diagnostics of a check print it.
    public func diagnostic(file: String) -> Diagnostic {
        switch self {
        case .refused(let message, let location):
            return Diagnostic(.error, message, at: location ?? .file(file))
        case .changedOnDisk:
            return Diagnostic(.error, .edit(.changedOnDisk(file)), at: .file(file))
        }
    }

    /// The same error with its place in `file` (the writer knows lines, not the file's name).
    func located(in file: String) -> YAMLEditError {
        guard case .refused(let message, let location) = self else { return self }
        var place = location ?? .file(file)
        if place.file.isEmpty { place.file = SourceFile(file) }
        return .refused(message, at: place)
    }
}
