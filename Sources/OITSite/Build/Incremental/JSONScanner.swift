import OITLoad
import OITModel
import OITRender

/// Reads JSON text value by value, for a reader that knows the shape it expects (`BuildCache.read`).
///
/// `JSONDecoder` looks up a protocol conformance for each type it decodes the first time, and in a
/// binary that links the Swift runtime and Foundation statically each lookup scans every
/// conformance record: reading the cache of 500 agencies took longer than checking their files.
/// Every method throws `Malformed` on text that is not the JSON it expects; the caller then treats
/// the cache as missing (a full build), so no input can make the build fail or crash here.
struct JSONScanner {
    struct Malformed: Error {}

    let bytes: [UInt8]
    private(set) var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// Whether only whitespace is left.
    mutating func isAtEnd() -> Bool {
        skipWhitespace()
        return offset == bytes.count
    }

    /// An object: `body` is called with each key and must read its value.
    mutating func object(_ body: (inout JSONScanner, String) throws -> Void) throws {
        try expect(UInt8(ascii: "{"))
        if try consume(UInt8(ascii: "}")) { return }
        repeat {
            let key = try string()
            try expect(UInt8(ascii: ":"))
            try body(&self, key)
        } while try consume(UInt8(ascii: ","))
        try expect(UInt8(ascii: "}"))
    }

    /// An array: `body` is called for each element and must read it.
    mutating func array(_ body: (inout JSONScanner) throws -> Void) throws {
        try expect(UInt8(ascii: "["))
        if try consume(UInt8(ascii: "]")) { return }
        repeat { try body(&self) } while try consume(UInt8(ascii: ","))
        try expect(UInt8(ascii: "]"))
    }

    mutating func string() throws -> String {
        try expect(UInt8(ascii: "\""))
        let start = offset
        // Most strings have no escape: their bytes are taken as they are.
        while offset < bytes.count, bytes[offset] != UInt8(ascii: "\""), bytes[offset] != UInt8(ascii: "\\") {
            guard bytes[offset] >= 0x20 else { throw Malformed() }
            offset += 1
        }
        guard offset < bytes.count else { throw Malformed() }
        var utf8 = Array(bytes[start..<offset])
        while bytes[offset] == UInt8(ascii: "\\") {
            offset += 1
            guard offset < bytes.count else { throw Malformed() }
            let escape = bytes[offset]
            offset += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
            case UInt8(ascii: "b"): utf8.append(0x08)
            case UInt8(ascii: "f"): utf8.append(0x0C)
            case UInt8(ascii: "n"): utf8.append(0x0A)
            case UInt8(ascii: "r"): utf8.append(0x0D)
            case UInt8(ascii: "t"): utf8.append(0x09)
            case UInt8(ascii: "u"): try unicodeEscape(into: &utf8)
            default: throw Malformed()
            }
            while offset < bytes.count, bytes[offset] != UInt8(ascii: "\""), bytes[offset] != UInt8(ascii: "\\") {
                guard bytes[offset] >= 0x20 else { throw Malformed() }
                utf8.append(bytes[offset])
                offset += 1
            }
            guard offset < bytes.count else { throw Malformed() }
        }
        offset += 1
        guard let text = String(validating: utf8, as: UTF8.self) else { throw Malformed() }
        return text
    }

    /// A whole number (no fraction or exponent).
    mutating func int() throws -> Int {
        skipWhitespace()
        let negative = offset < bytes.count && bytes[offset] == UInt8(ascii: "-")
        if negative { offset += 1 }
        var value = 0
        let start = offset
        while offset < bytes.count, bytes[offset] >= UInt8(ascii: "0"), bytes[offset] <= UInt8(ascii: "9") {
            let (times, overflowTimes) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowSum) = times.addingReportingOverflow(Int(bytes[offset] - UInt8(ascii: "0")))
            guard !overflowTimes, !overflowSum else { throw Malformed() }
            value = sum
            offset += 1
        }
        guard offset > start else { throw Malformed() }
        if offset < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[offset]) {
            throw Malformed()
        }
        return negative ? -value : value
    }

    mutating func bool() throws -> Bool {
        if try literal("true") { return true }
        if try literal("false") { return false }
        throw Malformed()
    }

    /// Reads `null` when it is next; false (nothing read) otherwise.
    mutating func null() throws -> Bool { try literal("null") }

    /// Skips one value of any kind and returns the range of its text.
    mutating func skipValue() throws -> Range<Int> {
        skipWhitespace()
        let start = offset
        guard offset < bytes.count else { throw Malformed() }
        switch bytes[offset] {
        case UInt8(ascii: "{"): try object { scanner, _ in _ = try scanner.skipValue() }
        case UInt8(ascii: "["): try array { _ = try $0.skipValue() }
        case UInt8(ascii: "\""): _ = try string()
        case UInt8(ascii: "t"), UInt8(ascii: "f"): _ = try bool()
        case UInt8(ascii: "n"): guard try null() else { throw Malformed() }
        default:
            // A number: its characters, checked by whoever reads it.
            while offset < bytes.count, "+-.0123456789eE".utf8.contains(bytes[offset]) { offset += 1 }
            guard offset > start else { throw Malformed() }
        }
        return start..<offset
    }

    private mutating func literal(_ word: StaticString) throws -> Bool {
        skipWhitespace()
        let count = word.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        let matches = word.withUTF8Buffer { bytes[offset..<offset + count].elementsEqual($0) }
        if matches { offset += count }
        return matches
    }

    /// The four hex digits after `\u` (and a low surrogate's `\uXXXX` after a high one), as UTF-8.
    private mutating func unicodeEscape(into utf8: inout [UInt8]) throws {
        var scalar = try hex4()
        if scalar < 0x80 {
            utf8.append(UInt8(scalar))
            return
        }
        if (0xD800..<0xDC00).contains(scalar) {
            guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u") else {
                throw Malformed()
            }
            offset += 2
            let low = try hex4()
            guard (0xDC00..<0xE000).contains(low) else { throw Malformed() }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let unicode = Unicode.Scalar(scalar) else { throw Malformed() }
        utf8.append(contentsOf: String(Character(unicode)).utf8)
    }

    private mutating func hex4() throws -> UInt32 {
        guard offset + 4 <= bytes.count else { throw Malformed() }
        var value: UInt32 = 0
        for byte in bytes[offset..<offset + 4] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw Malformed()
            }
            value = value << 4 | UInt32(digit)
        }
        offset += 4
        return value
    }

    private mutating func skipWhitespace() {
        while offset < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[offset]) { offset += 1 }
    }

    private mutating func expect(_ byte: UInt8) throws {
        guard try consume(byte) else { throw Malformed() }
    }

    private mutating func consume(_ byte: UInt8) throws -> Bool {
        skipWhitespace()
        guard offset < bytes.count else { throw Malformed() }
        if bytes[offset] == byte {
            offset += 1
            return true
        }
        return false
    }
}
