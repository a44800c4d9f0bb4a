import OITCheck
import OITLoad
import OITModel

/// Writes a template value tree as JSON exactly as Foundation's `JSONEncoder` writes the same model
/// with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` (a test compares both on every
/// year of the example site and on edge cases), at a fraction of its cost: `oit.json` is written
/// for every agency-year.
///
/// Numbers other than integers are not written here (`JSONEncoder` has its own rules for them):
/// `bytes(_:)` is nil for a tree holding one, and the caller uses `JSONEncoder`.
package enum PrettyJSON {
    package static func bytes(_ value: TemplateValue) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(8_192)
        guard write(value, indent: 0, into: &out) else { return nil }
        return out
    }

    private static func write(_ value: TemplateValue, indent: Int, into out: inout [UInt8]) -> Bool {
        switch value {
        case .text(let text):
            var text = text
            text.withUTF8 { appendString($0, into: &out) }
        case .utf8(let bytes):
            bytes.withUnsafeBufferPointer { appendString($0, into: &out) }
        case .bool(let flag):
            out.append(contentsOf: flag ? trueBytes : falseBytes)
        case .int(let number):
            out.append(contentsOf: String(number).utf8)
        case .null:
            out.append(contentsOf: nullBytes)
        case .list(let items):
            out.append(UInt8(ascii: "["))
            out.append(newline)
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(contentsOf: commaNewline) }
                appendIndent(indent + 1, into: &out)
                guard write(item, indent: indent + 1, into: &out) else { return false }
            }
            out.append(newline)
            appendIndent(indent, into: &out)
            out.append(UInt8(ascii: "]"))
        case .object(let fields):
            out.append(UInt8(ascii: "{"))
            out.append(newline)
            // JSONEncoder's `.sortedKeys` orders keys by their UTF-8 bytes.
            let fields = fields.dictionary
            let names = fields.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (index, name) in names.enumerated() {
                if index > 0 { out.append(contentsOf: commaNewline) }
                appendIndent(indent + 1, into: &out)
                var key = name
                key.withUTF8 { appendString($0, into: &out) }
                out.append(contentsOf: colon)
                guard let value = fields[name], write(value, indent: indent + 1, into: &out) else { return false }
            }
            out.append(newline)
            appendIndent(indent, into: &out)
            out.append(UInt8(ascii: "}"))
        case .double, .other:
            return false
        }
        return true
    }

    /// A JSON string: `"` and `\` escaped, control characters as `\n`-style or `\u00XX` escapes,
    /// everything else (`/` and non-ASCII text) as it is.
    private static func appendString(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var runStart = 0
        for index in 0..<bytes.count {
            let byte = bytes[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            if runStart < index { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            runStart = index + 1
            out.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(byte)
            case 0x08: out.append(UInt8(ascii: "b"))
            case 0x0C: out.append(UInt8(ascii: "f"))
            case 0x0A: out.append(UInt8(ascii: "n"))
            case 0x0D: out.append(UInt8(ascii: "r"))
            case 0x09: out.append(UInt8(ascii: "t"))
            default:
                out.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]])
            }
        }
        if runStart < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count])) }
        out.append(UInt8(ascii: "\""))
    }

    private static func appendIndent(_ level: Int, into out: inout [UInt8]) {
        for _ in 0..<level { out.append(contentsOf: twoSpaces) }
    }

    private static let newline = UInt8(ascii: "\n")
    private static let commaNewline = Array(",\n".utf8), colon = Array(" : ".utf8), twoSpaces = Array("  ".utf8)
    private static let trueBytes = Array("true".utf8), falseBytes = Array("false".utf8), nullBytes = Array("null".utf8)
    private static let hexDigits = Array("0123456789abcdef".utf8)
}
