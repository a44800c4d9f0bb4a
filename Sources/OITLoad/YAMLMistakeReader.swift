import OITModel

/// Recognises the YAML mistakes clerks make (`YAMLMistake`) from libyaml's error and the lines
/// around it, and finds the character to fix: libyaml stops at a colon on the next line when a
/// colon is missing on this one, and names a construct ("block mapping") far above a tab.
package enum YAMLMistakeReader {
    /// A 1-based line and column (columns count Unicode scalars, as libyaml's do).
    package struct Mark: Equatable {
        package var line: Int
        package var column: Int
    }

    /// The mistake and where to fix it, or nil when the error is none of the known mistakes.
    /// - Parameters:
    ///   - construct: what libyaml was reading ("simple key", "quoted scalar", "block mapping"...).
    ///   - began: where that construct began.
    package static func explain(problem: String, construct: String, stopped: Mark, began: Mark?, text: String) -> (
        YAMLMistake, Mark
    )? {
        let lines = Lines(text)
        if problem.contains("tab character")
            || (problem == "found character that cannot start any token" && lines.character(at: stopped) == "\t")
        {
            return (.tab, lines.tab(near: stopped))
        }
        switch problem {
        case "found character that cannot start any token":
            guard let character = lines.character(at: stopped), character == "@" || character == "`" else { return nil }
            return (.reservedCharacter(String(character)), stopped)
        case "mapping values are not allowed in this context":
            return colon(at: stopped, lines)
        case "could not find expected ':'" where construct.hasPrefix("simple key"):
            return began.flatMap { missingColon(on: $0.line, lines) }
        case "did not find expected key" where construct.hasPrefix("block mapping"):
            return notAKey(at: stopped, lines)
        case "found unknown escape character" where construct.hasPrefix("quoted scalar"):
            return (.backslashInDoubleQuotes, lines.backslash(near: stopped))
        default:
            break
        }
        guard let began, let opening = lines.character(at: began) else { return nil }
        if construct.hasPrefix("quoted scalar"), opening == "\"" || opening == "'" {
            return (.unclosedQuote(String(opening)), began)
        }
        if construct.hasPrefix("flow sequence") || construct.hasPrefix("flow mapping"), opening == "[" || opening == "{" {
            return (.unclosedBracket(String(opening)), began)
        }
        return nil
    }

    /// "mapping values are not allowed": a colon inside a value on this line; else this line's key
    /// continues the line above, which lacks its colon or is the key's sibling.
    private static func colon(at stopped: Mark, _ lines: Lines) -> (YAMLMistake, Mark)? {
        let line = lines[stopped.line]
        let body = Lines.body(line)
        let before = Array(line[body.start..<min(max(body.start, stopped.column - 1), line.count)])
        if let separator = Lines.keySeparator(in: before) {
            let key = Lines.trimmed(before[..<separator])
            let value = Lines.trimmed(line[(body.start + separator + 1)...])
            return (.colonInValue(key: key.isEmpty ? nil : key, value: value), stopped)
        }
        guard let previous = lines.previousContentLine(before: stopped.line) else { return nil }
        let key = Lines.trimmed(before)
        if Lines.body(lines[previous]).indent == body.indent,
            Lines.keySeparator(in: Array(lines[previous][Lines.body(lines[previous]).start...])) == nil
        {
            return missingColon(on: previous, lines)
        }
        return (.indentation(key: key, deeper: true), Mark(line: stopped.line, column: body.start + 1))
    }

    /// `status done`: the key is the line's first word; the mark is right after it.
    private static func missingColon(on number: Int, _ lines: Lines) -> (YAMLMistake, Mark)? {
        let line = lines[number]
        let start = Lines.body(line).start
        guard start < line.count else { return nil }
        let end = line[start...].firstIndex { $0 == " " || $0 == "\t" } ?? line.count
        let key = String(String.UnicodeScalarView(line[start..<end]))
        return (.missingColon(key: key, rest: Lines.trimmed(line[end...])), Mark(line: number, column: end + 1))
    }

    /// "did not find expected key": a key indented unlike its siblings, or text after a quote.
    private static func notAKey(at stopped: Mark, _ lines: Lines) -> (YAMLMistake, Mark)? {
        let line = lines[stopped.line]
        let body = Lines.body(line)
        if stopped.column == body.indent + 1 {
            guard body.start == body.indent, let separator = Lines.keySeparator(in: Array(line[body.start...])) else {
                return nil
            }
            return (.indentation(key: Lines.trimmed(line[body.start..<body.start + separator]), deeper: false), stopped)
        }
        let before = line[..<min(stopped.column - 1, line.count)].last { $0 != " " && $0 != "\t" }
        return before == "\"" || before == "'" ? (.textAfterQuote, stopped) : nil
    }
}

/// The lines of a YAML text as Unicode scalars, for reading around an error.
private struct Lines {
    package let lines: [[Unicode.Scalar]]

    package init(_ text: String) {
        lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
    }

    /// Line `number` (1-based); empty past the end.
    package subscript(number: Int) -> [Unicode.Scalar] {
        number >= 1 && number <= lines.count ? lines[number - 1] : []
    }

    package func character(at mark: YAMLMistakeReader.Mark) -> Unicode.Scalar? {
        let line = self[mark.line]
        return mark.column >= 1 && mark.column <= line.count ? line[mark.column - 1] : nil
    }

    /// The tab at `mark`, else the first tab of its line.
    package func tab(near mark: YAMLMistakeReader.Mark) -> YAMLMistakeReader.Mark {
        if character(at: mark) == "\t" { return mark }
        guard let index = self[mark.line].firstIndex(of: "\t") else { return mark }
        return YAMLMistakeReader.Mark(line: mark.line, column: index + 1)
    }

    /// The backslash at or just before `mark`.
    package func backslash(near mark: YAMLMistakeReader.Mark) -> YAMLMistakeReader.Mark {
        let line = self[mark.line]
        guard let index = line[..<min(max(0, mark.column), line.count)].lastIndex(of: "\\") else { return mark }
        return YAMLMistakeReader.Mark(line: mark.line, column: index + 1)
    }

    /// The nearest line above `number` that is neither blank nor a comment.
    package func previousContentLine(before number: Int) -> Int? {
        var candidate = number - 1
        while candidate >= 1 {
            let line = self[candidate]
            let body = Lines.body(line)
            if body.indent < line.count && line[body.indent] != "#" { return candidate }
            candidate -= 1
        }
        return nil
    }

    /// Where a line's text starts: after its indentation (`indent`), and after a list item's `- `
    /// (`start`); both 0-based.
    package static func body(_ line: [Unicode.Scalar]) -> (indent: Int, start: Int) {
        let indent = line.firstIndex { $0 != " " } ?? line.count
        var start = indent
        while start + 1 < line.count, line[start] == "-", line[start + 1] == " " {
            start += 2
            while start < line.count, line[start] == " " { start += 1 }
        }
        return (indent, start)
    }

    /// The index of the first `:` followed by a space, a tab or the end: where a key ends.
    package static func keySeparator(in text: [Unicode.Scalar]) -> Int? {
        text.indices.first { index in
            text[index] == ":" && (index + 1 == text.count || text[index + 1] == " " || text[index + 1] == "\t")
        }
    }

    package static func trimmed(_ scalars: some Collection<Unicode.Scalar>) -> String {
        String(String.UnicodeScalarView(scalars)).trimmingSpaces()
    }
}
