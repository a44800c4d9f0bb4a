/// The elements and attributes of an HTML or XML page as a browser's tokenizer finds them: a
/// test's view of a page's structure, to compare a build of hostile text with a clean one.
///
/// It reads UTF-8 bytes, as the HTML tokenizer reads code points: a combining mark after a quote
/// does not stop the quote ending an attribute value (what Swift's characters would hide). Tag
/// and attribute names are read as the HTML standard's tokenizer reads them; the text of
/// `script`, `style`, `title` and `textarea` runs to the element's end tag; comments, doctypes
/// and processing instructions are skipped; end tags add nothing.
enum MarkupStructure {
    /// "element" for each element and "element@attribute" for each attribute, in lower case.
    static func names(in text: String) -> Set<String> {
        let bytes = Array(text.utf8)
        var names = Set<String>()
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<"), index + 1 < bytes.count else {
                index += 1
                continue
            }
            let next = bytes[index + 1]
            if starts(bytes, at: index, with: "<!--") {
                index = end(of: "-->", in: bytes, from: index + 4)
            } else if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
                index = end(of: ">", in: bytes, from: index + 2)
            } else if next == UInt8(ascii: "/") {
                index = end(of: ">", in: bytes, from: index + 2)
            } else if isLetter(next) {
                let (element, after) = startTag(bytes, at: index + 1, into: &names)
                index = after
                if ["script", "style", "title", "textarea"].contains(element) {
                    index = endTag(element, in: bytes, from: index)
                }
            } else {
                index += 1
            }
        }
        return names
    }

    /// Reads a start tag's name and attributes from `start` (after `<`); returns the element's
    /// name and the index after the tag.
    private static func startTag(_ bytes: [UInt8], at start: Int, into names: inout Set<String>) -> (String, Int) {
        var index = start
        while index < bytes.count, !endsName(bytes[index]) { index += 1 }
        let element = lowercased(bytes[start..<index])
        names.insert(element)
        while index < bytes.count {
            while index < bytes.count, isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") { index += 1 }
            guard index < bytes.count, bytes[index] != UInt8(ascii: ">") else { return (element, index + 1) }
            // The first byte belongs to the name whatever it is (even "="), as in the standard.
            let nameStart = index
            index += 1
            while index < bytes.count, !endsName(bytes[index]), bytes[index] != UInt8(ascii: "=") { index += 1 }
            names.insert(element + "@" + lowercased(bytes[nameStart..<index]))
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { continue }
            index += 1
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count else { break }
            let quote = bytes[index]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                index = end(of: String(UnicodeScalar(quote)), in: bytes, from: index + 1)
            } else {
                while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
            }
        }
        return (element, index)
    }

    /// The index of `</element` (any case) from `start`, or the end.
    private static func endTag(_ element: String, in bytes: [UInt8], from start: Int) -> Int {
        let close = Array(("</" + element).utf8)
        var index = start
        while index + close.count <= bytes.count {
            if lowercased(bytes[index..<(index + close.count)]) == "</" + element { return index }
            index += 1
        }
        return bytes.count
    }

    /// The index after the first `marker` from `start`, or the end.
    private static func end(of marker: String, in bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            if starts(bytes, at: index, with: marker) { return index + marker.utf8.count }
            index += 1
        }
        return bytes.count
    }

    private static func starts(_ bytes: [UInt8], at index: Int, with marker: String) -> Bool {
        let marker = Array(marker.utf8)
        return index + marker.count <= bytes.count && Array(bytes[index..<(index + marker.count)]) == marker
    }

    /// Whitespace, `/` or `>`: the end of a tag's or attribute's name.
    private static func endsName(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">")
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }

    private static func lowercased(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }
}
