import OITModel

/// Evidence and site addresses as content gives them: whether one is a web address at all, and its host.
package enum WebAddress {
    package static func isValid(_ text: String) -> Bool {
        guard text.hasPrefix("https://") || text.hasPrefix("http://"), !containsWhitespace(text),
            let host = host(text)
        else { return false }
        return host.contains(".") || host.hasPrefix("localhost")
    }

    /// The host: what follows the scheme, up to the next "/". ASCII text is split on its bytes
    /// (each character is one byte there), other text into characters.
    package static func host(_ url: String) -> String? {
        if isASCII(url) {
            return url.utf8.split(separator: UInt8(ascii: "/")).dropFirst().first.map { String(Substring($0)) }
        }
        return url.split(separator: "/").dropFirst().first.map(String.init)
    }

    /// Whether a character of `text` is whitespace; in ASCII text (each character one byte, or
    /// CR LF: whitespace either way) the bytes answer without walking characters.
    private static func containsWhitespace(_ text: String) -> Bool {
        if isASCII(text) { return text.utf8.contains { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) } }
        return text.contains(where: { $0.isWhitespace })
    }

    private static func isASCII(_ text: String) -> Bool { text.utf8.allSatisfy { $0 < 0x80 } }
}
