import Foundation

/// How diagnostics are printed: for people (`text`), for tools (`json`, one object per line), or as
/// GitHub Actions workflow commands (`github`, one per line, a message's notes as notices after it),
/// which annotate the files of a pull request.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    case text, json, github

    /// One line for `diagnostic`, with the files it names shown through `show`.
    public func line(for diagnostic: Diagnostic, language: Language, displayPath show: ShowFile = { $0.path }) -> String {
        let message = diagnostic.message.text(in: language, showing: show)
        let file = diagnostic.location.map { show($0.file) }
        switch self {
        case .text:
            let place = diagnostic.location.map { "\($0.shown(show)): " } ?? ""
            return "\(place)\(diagnostic.severity.rawValue): \(message)"
        case .json:
            let notes = diagnostic.message.notes.map {
                JSONRecord.Note(
                    file: show($0.location.file), line: $0.location.line, column: $0.location.column,
                    message: $0.text(in: language))
            }
            let record = JSONRecord(
                file: file, line: diagnostic.location?.line, column: diagnostic.location?.column,
                severity: diagnostic.severity.rawValue, rule: diagnostic.message.ruleID, message: message, notes: notes)
            return JSONLine.encode(record)
        case .github:
            // GitHub's workflow commands are error, warning and notice.
            let command = diagnostic.severity == .note ? "notice" : diagnostic.severity.rawValue
            let rule = diagnostic.message.ruleID
            let main = Self.githubCommand(command, file: file, at: diagnostic.location, rule: rule, message)
            // Each second place ("first defined here") is a notice of its own, so that a pull
            // request marks both lines.
            let notes = diagnostic.message.notes.map { note in
                Self.githubCommand(
                    "notice", file: show(note.location.file), at: note.location, rule: rule, note.text(in: language))
            }
            return ([main] + notes).joined(separator: "\n")
        }
    }

    private static func githubCommand(
        _ command: String, file: String?, at location: SourceLocation?, rule: String, _ message: String
    ) -> String {
        var properties: [String] = []
        if let location, let file {
            properties += ["file=\(githubProperty(file))", "line=\(location.line)", "col=\(location.column)"]
        }
        properties.append("title=\(githubProperty(rule))")
        return "::\(command) \(properties.joined(separator: ","))::\(githubData(message))"
    }

    /// One diagnostic as JSON; every key present, `null` where there is no place, and `notes` the
    /// message's second places (`[]` for most).
    package struct JSONRecord: Encodable {
        package var file: String?
        package var line: Int?
        package var column: Int?
        package var severity: String
        package var rule: String
        package var message: String
        package var notes: [Note]

        /// A second place: `{"file", "line", "column", "message"}`.
        package struct Note: Encodable {
            package var file: String
            package var line: Int
            package var column: Int
            package var message: String
        }

        package enum CodingKeys: String, CodingKey { case file, line, column, severity, rule, message, notes }

        package func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(file, forKey: .file)
            try container.encode(line, forKey: .line)
            try container.encode(column, forKey: .column)
            try container.encode(severity, forKey: .severity)
            try container.encode(rule, forKey: .rule)
            try container.encode(message, forKey: .message)
            try container.encode(notes, forKey: .notes)
        }
    }

    /// Workflow command data: `%`, CR and LF are escaped (GitHub's toolkit `escapeData`).
    package static func githubData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Workflow command properties also escape `:` and `,` (GitHub's toolkit `escapeProperty`).
    package static func githubProperty(_ text: String) -> String {
        githubData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
