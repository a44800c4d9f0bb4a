import OITCheck
import OITLoad
import OITModel
import OITRender

/// A text as lines, each with its own line end, so that an edit rewrites only the lines it
/// touches: a CRLF file keeps CRLF, a file without a final line end keeps none, a byte-order mark
/// stays.
///
/// Lines end at LF only, as `TextFile` reads them; a CR before the LF is part of the line end.
/// Line numbers are libyaml's (0-based here) and columns count Unicode scalars, as its marks do.
struct YAMLLines: Equatable {
    var byteOrderMark: Bool
    var lines: [String]
    /// "\n", "\r\n", or "" for a last line without a line end.
    var ends: [String]
    /// The line end of new lines: the file's first one, LF in a file that has none.
    var newline: String

    init(lines: [String], ends: [String], newline: String) {
        byteOrderMark = false
        self.lines = lines
        self.ends = ends
        self.newline = newline
    }

    init(_ text: String) {
        byteOrderMark = text.unicodeScalars.first == "\u{FEFF}"
        let body = byteOrderMark ? String(text.unicodeScalars.dropFirst()) : text
        // Splitting UTF-8 at LF bytes never splits a character's bytes.
        var pieces = body.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map {
            String(decoding: $0, as: UTF8.self)
        }
        if pieces.last == "" { pieces.removeLast() }
        lines = []
        ends = []
        let endsWithBreak = body.utf8.last == 0x0A
        for (index, piece) in pieces.enumerated() {
            let hasBreak = index < pieces.count - 1 || endsWithBreak
            if hasBreak, piece.utf8.last == 0x0D {
                lines.append(String(decoding: piece.utf8.dropLast(), as: UTF8.self))
                ends.append("\r\n")
            } else {
                lines.append(piece)
                ends.append(hasBreak ? "\n" : "")
            }
        }
        newline = ends.first { !$0.isEmpty } ?? "\n"
    }

    /// The text with its byte-order mark and line ends.
    var text: String {
        var out = byteOrderMark ? "\u{FEFF}" : ""
        for (line, end) in zip(lines, ends) { out += line + end }
        return out
    }

    /// The text as the parser reads it: LF line ends, no byte-order mark; same line numbers.
    var parsed: String {
        var out = ""
        for (line, end) in zip(lines, ends) { out += end.isEmpty ? line : line + "\n" }
        return out
    }

    var count: Int { lines.count }

    /// The number of Unicode scalars in line `index` (its length in libyaml columns).
    func length(_ index: Int) -> Int { lines[index].unicodeScalars.count }

    /// Spaces before the first other character of line `index`.
    func indentation(_ index: Int) -> Int { lines[index].prefix { $0 == " " }.count }

    /// A line that holds nothing but spaces.
    func isBlank(_ index: Int) -> Bool { lines[index].allSatisfy { $0 == " " || $0 == "\t" } }

    /// A line that holds only a comment.
    func isComment(_ index: Int) -> Bool { lines[index].drop { $0 == " " || $0 == "\t" }.first == "#" }

    /// The text of line `index` from column `from` up to column `to` (scalar columns).
    func slice(_ index: Int, from: Int, to: Int? = nil) -> String {
        let scalars = lines[index].unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: min(from, scalars.count))
        let end = scalars.index(scalars.startIndex, offsetBy: min(to ?? scalars.count, scalars.count))
        return String(scalars[start..<max(start, end)])
    }

    /// Replaces the text from `start` up to `end` with `replacement`, which may span lines. The
    /// lines outside the range keep every byte; the last line keeps its line end.
    mutating func replace(from start: YAMLMark, to end: YAMLMark, with replacement: String) {
        let before = slice(start.line, from: 0, to: start.column)
        let after = slice(end.line, from: end.column)
        let joined = (before + replacement + after).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let lastEnd = ends[end.line]
        let newEnds = Array(repeating: newline, count: joined.count - 1) + [lastEnd]
        lines.replaceSubrange(start.line...end.line, with: joined)
        ends.replaceSubrange(start.line...end.line, with: newEnds)
    }

    /// Removes whole lines, with their line ends. A removed last line leaves the line before it
    /// without a line end when the file had none at its end.
    mutating func removeLines(_ range: ClosedRange<Int>) {
        let lastEnd = ends[range.upperBound]
        lines.removeSubrange(range)
        ends.removeSubrange(range)
        if range.lowerBound == lines.count, lastEnd.isEmpty, !ends.isEmpty { ends[ends.count - 1] = "" }
    }

    /// Inserts whole lines before line `index` (at the end when `index` is the count).
    mutating func insertLines(_ new: [String], at index: Int) {
        guard !new.isEmpty else { return }
        var newEnds = Array(repeating: newline, count: new.count)
        if index == lines.count, let last = ends.last, last.isEmpty {
            // After a last line without a line end: it gets one, the new last line has none.
            ends[ends.count - 1] = newline
            newEnds[newEnds.count - 1] = ""
        }
        lines.insert(contentsOf: new, at: index)
        ends.insert(contentsOf: newEnds, at: index)
    }
}
