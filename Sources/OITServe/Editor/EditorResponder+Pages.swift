import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender
import OITSite

extension EditorResponder {
    func agencyHref(_ slug: String) -> String { Self.prefix + slug + "/" }

    /// The profile form (`agency.yaml`) and the years with their readiness counts.
    /// - Parameters:
    ///   - submitted: the values a refused save posted, shown instead of the file's (as the item form does).
    ///   - status: 422 for a refused save.
    func agencyPage(
        _ checked: EditorContent.Checked, notice: String, problems: [String: [String]] = [:], submitted: ProfileValues? = nil,
        submittedLinks: ProfileLinks? = nil, newYearProblem: String? = nil, status: Int = 200
    ) async -> EditorAnswer {
        let name = checked.agency?.profile.name ?? checked.slug
        let years = (checked.agency?.years ?? []).map(\.year).sorted().map { year -> String in
            let assessment = checked.assessment.year(year, of: checked.slug)
            var facts: [String] = []
            if let oit = assessment?.oit {
                facts.append(
                    th ? "ผ่าน \(oit.passing) จาก \(oit.verdicts.count) ข้อ" : "\(oit.passing) of \(oit.verdicts.count) items pass")
            }
            if let counts = assessment?.counts, counts.total > 0 {
                facts.append(th ? "ดำเนินการแล้ว \(counts.done) จาก \(counts.total)" : "\(counts.done) of \(counts.total) done")
            }
            let text = facts.isEmpty ? "" : " (" + facts.joined(separator: ", ") + ")"
            return
                "<li><a href=\"\(HTML.escape(agencyHref(checked.slug)))\(year)/\">\(th ? "ปีงบประมาณ" : "Fiscal year") \(year)</a>\(HTML.escape(text))</li>"
        }
        let file = content.file(["agencies", checked.slug, "agency.yaml"])
        let data = file.flatMap { FileManager.default.contents(atPath: $0.path) } ?? Data()
        let hash = SHA256.hex(data)
        await snapshots.keep(String(decoding: data, as: UTF8.self), hash: hash)
        let profile = ProfileForm(
            profile: checked.agency?.profile, problems: problems, language: language, values: submitted, links: submittedLinks)
        let logo = checked.agency?.profile.logo.map { "/" + Route.agencyFile($0).href(inAgency: checked.slug) }
        let form = profile.html(action: agencyHref(checked.slug), token: guardian.token, fileHash: hash, logoHref: logo)
        let body = """
            \(notice)\(problemList(checked.diagnostics, file: file))<h2>\(th ? "ปีงบประมาณ" : "Fiscal years")</h2>
            <ul>\(years.joined())</ul>
            <h2>\(th ? "ข้อมูลหน่วยงาน (agency.yaml)" : "Agency profile (agency.yaml)")</h2>
            \(form)\(newYearForm(checked, problem: newYearProblem))
            """
        return .page(
            EditorPage.html(
                fonts: fontSlug,
                title: name, crumbs: crumbs + [EditorPage.Crumb(label: name, href: nil)], body: body, language: language),
            status: status)
    }

    /// The year's items as a table: status, date, evidence count and why the item would not pass.
    /// Below 40em each row is a block, each cell labelled with its column (`data-label`, CSS only,
    /// `EditorPage.style`); the explicit roles keep it a table for screen readers whose browser
    /// drops a table's semantics once its display changes.
    func yearPage(
        _ checked: EditorContent.Checked, _ year: Int, notice: String = "", newItemProblem: String? = nil, status: Int = 200
    ) -> EditorAnswer {
        let name = checked.agency?.profile.name ?? checked.slug
        guard let agencyYear = checked.agency?.year(year), let assessment = checked.assessment.year(year, of: checked.slug)
        else { return notFound() }
        let head = th ? ["ข้อ", "สถานะ", "วันที่", "หลักฐาน", "ปัญหา"] : ["Item", "Status", "Date", "Evidence", "Problems"]
        let statuses = Dictionary(uniqueKeysWithValues: ItemForm.statuses(in: language).map { ($0.value, $0.label) })
        let verdicts = Dictionary((assessment.oit?.verdicts ?? []).map { ($0.code, $0) }) { a, _ in a }
        let rows = assessment.items.map { item -> String in
            let entry = agencyYear.entries[item.code]
            let status = assessment.status(of: item.code).map { statuses[$0.rawValue] ?? $0.rawValue } ?? (th ? "ยังไม่มี" : "none")
            let date = entry?.updated.map { ThaiText.shortDate($0.value, digits: .arabic) } ?? "–"
            let failures = verdicts[item.code]?.failures.map { $0.text(in: language) } ?? []
            let problems = failures.isEmpty ? "–" : "<ul>" + failures.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul>"
            let cells = [HTML.escape(status), HTML.escape(date), String(entry?.evidence.count ?? 0), problems]
            let data = zip(head.dropFirst(), cells).map { "<td role=\"cell\" data-label=\"\(HTML.escape($0))\">\($1)</td>" }
            let link = "<a href=\"\(HTML.escape(item.code))/\">\(HTML.escape(item.code))</a> \(HTML.escape(item.title))"
            return "<tr role=\"row\"><th scope=\"row\" role=\"rowheader\">\(link)</th>\(data.joined())</tr>"
        }
        let title = th ? "\(name) ปีงบประมาณ \(year)" : "\(name), fiscal year \(year)"
        let body = """
            \(notice)\(cycleLinks(agencyYear))<div class="table"><table class="items" role="table"><caption>\(th ? "ข้อของ OIT" : "OIT items")</caption>
            <thead role="rowgroup"><tr role="row">\(head.map { "<th scope=\"col\" role=\"columnheader\">\($0)</th>" }.joined())</tr></thead>
            <tbody role="rowgroup">
            \(rows.joined(separator: "\n"))
            </tbody></table></div>
            \(newItemForm(assessment, year: year, slug: checked.slug, problem: newItemProblem))
            """
        let trail =
            crumbs + [
                EditorPage.Crumb(label: name, href: agencyHref(checked.slug)), EditorPage.Crumb(label: String(year), href: nil),
            ]
        return .page(
            EditorPage.html(fonts: fontSlug, title: title, crumbs: trail, body: body, language: language), status: status)
    }

    /// Problems of the build that belong to `file` but to no field, as a list.
    func problemList(_ diagnostics: Diagnostics, file: URL?) -> String {
        guard let file else { return "" }
        let path = content.sourcePath(file)
        let found = diagnostics.sorted.filter { $0.location?.file.path == path && $0.severity != .note }
        guard !found.isEmpty else { return "" }
        let items = found.map { "<li>\(HTML.escape(line(for: $0)))</li>" }.joined()
        return "<div class=\"notice warning\" role=\"alert\"><ul>\(items)</ul></div>\n"
    }

    /// `error: message (line 12)`: a problem as a clerk reads it beside the form.
    func line(for diagnostic: Diagnostic) -> String {
        let severity: String
        switch diagnostic.severity {
        case .error: severity = th ? "ข้อผิดพลาด" : "error"
        case .warning: severity = th ? "คำเตือน" : "warning"
        case .note: severity = th ? "หมายเหตุ" : "note"
        }
        let place = diagnostic.location.map { th ? " (บรรทัด \($0.line))" : " (line \($0.line))" } ?? ""
        return "\(severity): \(diagnostic.message.text(in: language))\(place)"
    }
}
