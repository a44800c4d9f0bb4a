import OITCheck
import OITLoad
import OITModel

/// An inline SVG bar chart of two rounds' scores: no JavaScript, prints as it shows. The table
/// beside it carries the same figures for screen readers; the chart's title says so.
///
/// Each row puts its label on a line of its own above the two bars, so the chart is narrow
/// (400 units) and scales down to a 358 px phone screen with legible text instead of needing a
/// scrolling region.
package enum ComparisonChart {
    package static let previousColour = "#7b8794"  // 3.6:1 on white
    package static let currentColour = "#1f5f8b"
    /// Labels longer than this many characters are cut with "…" (the table gives them in full).
    package static let labelLimit = 46

    package static func svg(rows: [(String, Double, Double)], previousLabel: String, currentLabel: String, digits: DigitStyle)
        -> String
    {
        let width = 400.0
        let valueWidth = 50.0
        let rowHeight = 50.0
        let top = 30.0
        let barWidth = width - valueWidth
        let height = top + rowHeight * Double(rows.count)
        func f(_ value: Double) -> String { Figures.score(value) }
        var svg = """
            <svg class="chart" viewBox="0 0 \(Int(width)) \(Int(height))" role="img" aria-labelledby="chart-title" \
            xmlns="http://www.w3.org/2000/svg" font-size="15">
            <title id="chart-title">\(HTML.escape(PageText.chartTitle(previous: previousLabel, current: currentLabel)))</title>
            <rect x="0" y="6" width="12" height="12" fill="\(previousColour)"/>
            <text x="18" y="17">\(HTML.escape(PageText.chartYear(previousLabel)))</text>
            <rect x="110" y="6" width="12" height="12" fill="\(currentColour)"/>
            <text x="128" y="17">\(HTML.escape(PageText.chartYear(currentLabel)))</text>

            """
        for (index, row) in rows.enumerated() {
            let y = top + rowHeight * Double(index)
            let label = row.0.count > labelLimit ? String(row.0.prefix(labelLimit - 1)) + "…" : row.0
            svg += "<text x=\"0\" y=\"\(f(y + 15))\">\(HTML.escape(label))</text>\n"
            for (offset, value, colour) in [(20.0, row.1, previousColour), (34.0, row.2, currentColour)] {
                let length = max(0, min(100, value)) / 100 * barWidth
                svg += "<rect x=\"0\" y=\"\(f(y + offset))\" width=\"\(f(length))\" height=\"11\" fill=\"\(colour)\"/>"
                svg +=
                    "<text x=\"\(f(length + 4))\" y=\"\(f(y + offset + 10))\" font-size=\"13\">"
                    + Digits.apply(f(value), digits) + "</text>\n"
            }
        }
        return svg + "</svg>"
    }
}
