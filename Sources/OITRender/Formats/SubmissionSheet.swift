import Foundation
import OITCheck
import OITLoad
import OITModel

/// The list the webmaster pastes into the assessment system: each item's final URL and one line.
package struct SubmissionSheet {
    package let context: YearContext
    package let rows: [SubmissionPage.Row]

    package init(context: YearContext) {
        self.context = context
        rows = context.assessment.items.map { item in
            let entry = context.year.entries[item.code]
            let url = context.url(.item(year: context.year.year, code: item.code))
            return SubmissionPage.Row(
                code: item.code, title: item.title, url: url, urlParts: Self.breakableParts(url),
                explanation: Self.explanation(item, entry, context),
                status: context.status(of: item))
        }
    }

    private static func explanation(_ item: FrameworkItem, _ entry: ItemEntry?, _ context: YearContext) -> String {
        guard let entry else {
            return context.assessment.status(of: item.code) == nil
                ? PageText.missing
                : PageText.defaultExplanation(
                    title: item.title, year: context.number(item.contentYear(inRoundOf: context.year.year)))
        }
        if entry.status == .notApplicable { return PageText.notApplicableBecause(entry.reason ?? "") }
        // One line: the assessment system's field takes no line breaks.
        if let summary = entry.summary { return Self.oneLine(summary) }
        return PageText.defaultExplanation(
            title: item.title, year: context.number(item.contentYear(inRoundOf: context.year.year)))
    }

    /// The URL cut after each slash of its path (`https://www.a.go.th/`, `oit/`, `2566/`, `o12/`), so
    /// a narrow column breaks it between folders rather than inside a word; the scheme and host
    /// stay whole.
    package static func breakableParts(_ url: String) -> [String] {
        let host = url.range(of: "://")?.upperBound ?? url.startIndex
        guard let path = url[host...].firstIndex(of: "/") else { return [url] }
        var parts = [String(url[...path])]
        var part = ""
        for character in url[url.index(after: path)...] {
            part.append(character)
            if character == "/" {
                parts.append(part)
                part = ""
            }
        }
        if !part.isEmpty { parts.append(part) }
        return parts
    }

    /// The text with each run of line breaks made one space (and none at either end). Walking
    /// characters is slow on Thai text, so a text without any line-break scalar (LF, VT, FF, CR,
    /// NEL, U+2028, U+2029: what `Character.isNewline` looks at) is returned as it is.
    package static func oneLine(_ text: String) -> String {
        let mayBreak = text.utf8.contains { $0 >= 0x0A && $0 <= 0x0D || $0 == 0xC2 || $0 == 0xE2 }
        guard mayBreak, text.unicodeScalars.contains(where: isLineBreak) else { return text }
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    package var page: SubmissionPage {
        SubmissionPage(year: context.yearLabel, rows: rows, csv: Route.submissionCSV(year: context.year.year).href)
    }

    /// UTF-8 with a byte-order mark, so spreadsheet programs read the Thai text correctly.
    package var csv: String {
        var text = "\u{FEFF}" + PageText.csvHeader.joined(separator: ",") + "\r\n"
        for row in rows {
            text +=
                [row.code, row.title, row.url, row.explanation, row.status.label].map(CSVField.encode).joined(separator: ",")
                + "\r\n"
        }
        return text
    }
}
