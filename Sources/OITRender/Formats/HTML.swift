import OITCheck
import OITLoad
import OITModel

/// Escaping for text written into HTML and XML, in templates and outside them.
///
/// `&`, `<`, `>`, `"` and `'` become `&amp;`, `&lt;`, `&gt;`, `&quot;` and `&#39;` wherever they
/// are in the UTF-8 bytes, whatever follows or precedes them. Browsers and XML parsers read code
/// points, so a quote is a quote even when a combining mark follows it; Swift, which compares
/// characters (grapheme clusters), would see `"` and U+0301 as one character that is not `"`, and
/// swift-mustache's escaping, which walks characters, left such a sign as it was (issue 18).
public enum HTML {
    public static func escape(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        appendEscaped(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` escaped, working on its UTF-8 bytes.
    package static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { appendEscaped(utf8: $0, to: &out) }
    }

    /// Appends UTF-8 `bytes` escaped: each sign byte is replaced, runs of other bytes are copied.
    /// No byte of a multi-byte UTF-8 sequence is ASCII, so only real signs are replaced.
    package static func appendEscaped(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        let count = bytes.count
        var runStart = 0
        for index in 0..<count {
            let byte = bytes[index]
            if byte > 0x3E || !isSign[Int(byte)] { continue }
            if runStart < index { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: amp)
            case UInt8(ascii: "<"): out.append(contentsOf: lt)
            case UInt8(ascii: ">"): out.append(contentsOf: gt)
            case UInt8(ascii: "\""): out.append(contentsOf: quot)
            default: out.append(contentsOf: apos)
            }
            runStart = index + 1
        }
        if runStart < count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count])) }
    }

    /// Appends the UTF-8 bytes of `text` unchanged.
    package static func appendUTF8(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { out.append(contentsOf: $0) }
    }

    private static let isSign: [Bool] = (0..<0x3F).map { [0x26, 0x3C, 0x3E, 0x22, 0x27].contains($0) }
    private static let amp = Array("&amp;".utf8), lt = Array("&lt;".utf8), gt = Array("&gt;".utf8)
    private static let quot = Array("&quot;".utf8), apos = Array("&#39;".utf8)
}
