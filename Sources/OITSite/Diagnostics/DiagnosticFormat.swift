import Foundation

/// How diagnostics are printed: for people (`text`), for tools (`json`, one object per line), or as
/// GitHub Actions workflow commands (`github`), which annotate the files of a pull request.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    case text, json, github

    /// One line for `diagnostic`, with its file shown through `displayPath`.
    public func line(for diagnostic: Diagnostic, language: Language, displayPath: (String) -> String = { $0 }) -> String {
        let message = diagnostic.message.text(in: language)
        let file = diagnostic.location.map { displayPath($0.file) }
        switch self {
        case .text:
            let place = diagnostic.location.map { "\(displayPath($0.file)):\($0.line):\($0.column): " } ?? ""
            return "\(place)\(diagnostic.severity.rawValue): \(message)"
        case .json:
            return Self.jsonObject([
                ("file", file.map(Self.jsonString) ?? "null"),
                ("line", diagnostic.location.map { String($0.line) } ?? "null"),
                ("column", diagnostic.location.map { String($0.column) } ?? "null"),
                ("severity", Self.jsonString(diagnostic.severity.rawValue)),
                ("rule", Self.jsonString(diagnostic.message.ruleID)),
                ("message", Self.jsonString(message)),
            ])
        case .github:
            var properties: [String] = []
            if let location = diagnostic.location, let file {
                properties += ["file=\(Self.githubProperty(file))", "line=\(location.line)", "col=\(location.column)"]
            }
            properties.append("title=\(Self.githubProperty(diagnostic.message.ruleID))")
            // GitHub's workflow commands are error, warning and notice.
            let command = diagnostic.severity == .note ? "notice" : diagnostic.severity.rawValue
            return "::\(command) \(properties.joined(separator: ","))::\(Self.githubData(message))"
        }
    }

    // JSON by hand: fixed keys in a fixed order, and no Foundation encoder escaping "/" as "\/".
    private static func jsonObject(_ fields: [(String, String)]) -> String {
        "{" + fields.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
    }

    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Workflow command data: `%`, CR and LF are escaped (GitHub's toolkit `escapeData`).
    static func githubData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// Workflow command properties also escape `:` and `,` (GitHub's toolkit `escapeProperty`).
    static func githubProperty(_ text: String) -> String {
        githubData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
