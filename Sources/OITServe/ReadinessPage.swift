import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender
import OITSite

/// The readiness report of `oit check` as a page of the preview, for the webmaster: the server
/// makes it from the last good build's assessment on each request. It is never written into the
/// output folder, so it can never be published.
///
/// It only formats: every figure comes from `OITPrediction`, every sentence `oit check` also
/// prints from `ReadinessSummary`, every failure's reason from `ItemFailure`.
enum ReadinessPage {
    static let path = "/__oit/readiness/"

    /// One agency-year with a prediction, as the page lists them.
    struct Section: Sendable {
        var slug: String
        var agency: String
        var year: Int
        var prediction: OITPrediction
    }

    /// The agency-years of `checked` that have a prediction, agencies in content order, years in
    /// ascending order (as `oit check` prints them).
    static func sections(_ checked: SiteBuilder.Checked) -> [Section] {
        checked.project.agencies.flatMap { agency in
            agency.years.map(\.year).sorted().compactMap { year in
                checked.assessment.year(year, of: agency.slug)?.oit.map {
                    Section(slug: agency.slug, agency: agency.profile.name, year: year, prediction: $0)
                }
            }
        }
    }

    /// The whole page (without the live-reload script, which the responder adds).
    static func html(_ sections: [Section], language: Language) -> String {
        let th = language == .thai
        let title = th ? "รายงานความพร้อม OIT (คาดการณ์)" : "OIT readiness (predicted)"
        let note =
            th
            ? "หน้านี้แสดงเฉพาะในการแสดงตัวอย่างบนเครื่องนี้ (oit serve) ไม่อยู่ในเว็บไซต์ที่เผยแพร่"
            : "This page is shown only in the preview on this computer (oit serve); it is not part of the published site."
        let empty = th ? "ยังไม่มีปีงบประมาณที่มีรายการตรวจ" : "No fiscal year with a checklist yet."
        let body = sections.isEmpty ? "<p>\(HTML.escape(empty))</p>\n" : sections.map { section($0, th: th) }.joined()
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(title)) · oit serve</title>
            <style>\(fonts(sections.first?.slug))\(style)</style></head>
            <body><main>
            <h1>\(HTML.escape(title))</h1>
            <p class="note">\(HTML.escape(note))</p>
            \(body)</main></body></html>

            """
    }

    /// One agency-year: its heading, figures, sub-indicator table and failing items.
    private static func section(_ section: Section, th: Bool) -> String {
        let prediction = section.prediction
        let language: Language = th ? .thai : .english
        let heading = th ? "\(section.agency) ปีงบประมาณ \(section.year)" : "\(section.agency), fiscal year \(section.year)"
        var figures = prediction.indicators.map {
            ((th ? "ตัวชี้วัดที่ " : "Indicator ") + $0.code, Figures.score($0.score))
        }
        if let tool = prediction.tool { figures.append((th ? "เครื่องมือ OIT" : "OIT tool", Figures.score(tool))) }
        figures.append((th ? "ข้อที่ผ่าน" : "Items passing", ReadinessSummary.passing(prediction, language: language)))
        let list = figures.map { "<dt>\(HTML.escape($0.0))</dt><dd>\(HTML.escape($0.1))</dd>" }.joined()
        let overall = ReadinessSummary.overall(prediction, language: language).map { "<p>\(HTML.escape($0))</p>\n" } ?? ""
        return """
            <section aria-labelledby="\(anchor(section))">
            <h2 id="\(anchor(section))">\(HTML.escape(heading))</h2>
            <dl>\(list)</dl>
            \(overall)\(groups(prediction, th: th))\(failing(section, th: th))</section>

            """
    }

    /// The sub-indicators' table, or why there is none for a partial round.
    private static func groups(_ prediction: OITPrediction, th: Bool) -> String {
        guard prediction.groupingKnown else {
            return "<p>\(HTML.escape(ReadinessSummary.unknownGrouping(prediction, language: th ? .thai : .english)))</p>\n"
        }
        guard !prediction.groups.isEmpty else { return "" }
        let rows = prediction.groups.map {
            "<tr><th scope=\"row\">\(HTML.escape($0.code))</th><td>\(HTML.escape(Figures.score($0.score)))</td></tr>"
        }.joined(separator: "\n")
        return """
            <table><caption>\(th ? "ตัวชี้วัดย่อย (คาดการณ์)" : "Sub-indicators (predicted)")</caption>
            <thead><tr><th scope="col">\(th ? "ตัวชี้วัดย่อย" : "Sub-indicator")</th>\
            <th scope="col">\(th ? "คะแนน" : "Score")</th></tr></thead>
            <tbody>
            \(rows)
            </tbody></table>

            """
    }

    /// The items that would score 0, each linked to its preview page, with every reason.
    private static func failing(_ section: Section, th: Bool) -> String {
        let failing = section.prediction.failing
        let heading = th ? "ข้อที่ยังไม่ผ่าน (\(failing.count))" : "Items not passing (\(failing.count))"
        guard !failing.isEmpty else {
            return "<h3>\(heading)</h3>\n<p>\(th ? "ทุกข้อผ่าน" : "Every item passes.")</p>\n"
        }
        let items = failing.map { verdict in
            let href = "/" + Route.item(year: section.year, code: verdict.code).href(inAgency: section.slug)
            let reasons = verdict.failures.map { "<li>\(HTML.escape($0.text(in: th ? .thai : .english)))</li>" }
            return "<li><a href=\"\(HTML.escape(href))\">\(HTML.escape(verdict.code))</a><ul>\(reasons.joined())</ul></li>"
        }
        return "<h3>\(heading)</h3>\n<ul class=\"failing\">\n\(items.joined(separator: "\n"))\n</ul>\n"
    }

    /// The section's id: the agency's slug and the year, both safe in an attribute once escaped.
    private static func anchor(_ section: Section) -> String {
        HTML.escape("r-\(section.slug)-\(section.year)")
    }

    /// The built-in theme's Thai font, from the first agency's assets: a computer without a Thai
    /// font (a Linux desktop) would show boxes. A theme without it falls back to the system's fonts.
    private static func fonts(_ slug: String?) -> String {
        guard let slug else { return "" }
        let folder = "/" + Route.asset("fonts/").href(inAgency: slug)
        return ["Laksaman.woff": 400, "Laksaman-Bold.woff": 700].sorted { $0.value < $1.value }.map {
            "@font-face{font-family:\"Laksaman\";src:url(\"\(HTML.escape(folder + $0.key))\") format(\"woff\");"
                + "font-weight:\($0.value);font-display:swap}\n"
        }.joined()
    }

    /// Readable on a phone and a desktop; Thai fonts first, as the site's pages have.
    private static let style = """
        body{margin:0;font-family:"Laksaman","Noto Sans Thai","Sarabun",system-ui,sans-serif;line-height:1.6;\
        color:#1a1a1a;background:#fff}
        main{max-width:60rem;margin:0 auto;padding:1rem}
        h1{font-size:1.6rem;line-height:1.3}h2{font-size:1.3rem;margin-top:2rem;border-top:2px solid #ccc;padding-top:1rem}
        .note{background:#fff4d6;border-left:4px solid #b07d00;padding:.5rem .75rem}
        dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:bold}dd{margin:0}
        table{border-collapse:collapse;margin:1rem 0;min-width:min(100%,22rem)}caption{text-align:left;font-weight:bold}
        th,td{border:1px solid #999;padding:.3rem .6rem;text-align:left}td{text-align:right}
        .failing li{margin:.25rem 0;overflow-wrap:anywhere}a{color:#0645ad}
        """
}
