/// Escaping for text written into HTML and XML, in templates and outside them.
///
/// It is swift-mustache's escaping, byte for byte: `&`, `<`, `>`, `"` and `'` become `&amp;`,
/// `&lt;`, `&gt;`, `&quot;` and `&#39;`, but only where the sign is a character of its own. Swift
/// compares characters (grapheme clusters), so a sign that a combining mark joins (`'` before a
/// Thai vowel sign such as U+0E31) or that a prepended mark precedes is left as it is.
public enum HTML {
    public static func escape(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        appendEscaped(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` escaped, working on its UTF-8 bytes; only a sign next to a non-ASCII byte
    /// needs the grapheme rules.
    static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendEscaped(utf8: $0, to: &out) }
    }

    /// Appends valid UTF-8 `bytes` escaped, as `appendEscaped(_:to:)` escapes the same text.
    static func appendEscaped(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        let count = bytes.count
        var runStart = 0
        var index = 0
        while index < count {
            let byte = bytes[index]
            if byte > 0x3E || !isSign[Int(byte)] {
                index += 1
                continue
            }
            if (index > 0 && bytes[index - 1] >= 0x80) || (index + 1 < count && bytes[index + 1] >= 0x80),
                !standsAlone(bytes, at: index)
            {
                index += 1
                continue
            }
            if runStart < index { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: amp)
            case UInt8(ascii: "<"): out.append(contentsOf: lt)
            case UInt8(ascii: ">"): out.append(contentsOf: gt)
            case UInt8(ascii: "\""): out.append(contentsOf: quot)
            default: out.append(contentsOf: apos)
            }
            index += 1
            runStart = index
        }
        if runStart < count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count])) }
    }

    /// Appends the UTF-8 bytes of `text` unchanged.
    static func appendUTF8(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { out.append(contentsOf: $0) }
    }

    /// Whether the ASCII sign at `index` is a grapheme cluster of its own. Whether a cluster
    /// breaks before an ASCII sign depends only on the scalar before it (a prepended mark), and
    /// after it only on the scalar after it (an extending or spacing mark, a joiner).
    private static func standsAlone(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let sign = Unicode.Scalar(bytes[index])
        if index > 0, bytes[index - 1] >= 0x80 {
            var start = index - 1
            while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            var pair = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
            pair.unicodeScalars.append(sign)
            if pair.count != 2 { return false }
        }
        if index + 1 < bytes.count, bytes[index + 1] >= 0x80 {
            var end = index + 2
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            var pair = String(sign)
            pair += String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<end]), as: UTF8.self)
            if pair.count != 2 { return false }
        }
        return true
    }

    private static let isSign: [Bool] = (0..<0x3F).map { [0x26, 0x3C, 0x3E, 0x22, 0x27].contains($0) }
    private static let amp = Array("&amp;".utf8), lt = Array("&lt;".utf8), gt = Array("&gt;".utf8)
    private static let quot = Array("&quot;".utf8), apos = Array("&#39;".utf8)
}
