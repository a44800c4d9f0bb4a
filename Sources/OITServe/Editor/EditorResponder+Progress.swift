import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender
import OITSite

extension EditorResponder {
    /// The year's progress reports (`<year>/progress/*.yaml`), each a link to its form, and a
    /// form that creates a new one with an entry for each measure of the year.
    func reportsPage(_ checked: EditorContent.Checked, year: Int, notice: String, problem: String? = nil, status: Int = 200)
        -> EditorAnswer
    {
        guard let agencyYear = checked.agency?.year(year) else { return notFound() }
        let folder = agencyYear.folder.appending(path: "progress")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") }.map { String($0.dropLast(5)) }.sorted()
        let reports = Dictionary(agencyYear.reports.map { ($0.id, $0) }) { first, _ in first }
        let rounds = Dictionary(uniqueKeysWithValues: ProgressValues.rounds(in: language).map { ($0.value, $0.label) })
        let list = names.map { name -> String in
            var facts: [String] = []
            if let report = reports[name] {
                facts.append(rounds[report.round.rawValue] ?? report.round.rawValue)
                if let date = report.date {
                    facts.append(th ? ThaiText.shortDate(date.value, digits: .arabic) : date.value.description)
                }
                if let title = report.title { facts.append(title) }
            } else {
                facts.append(th ? "อ่านไม่ได้ ดูข้อผิดพลาดของไฟล์" : "cannot be read: see the file's errors")
            }
            let text = HTML.escape(name) + " (" + HTML.escape(facts.joined(separator: ", ")) + ")"
            return ProgressFileName.isValid(name) ? "<li><a href=\"\(HTML.escape(name))/\">\(text)</a></li>" : "<li>\(text)</li>"
        }
        let fields = FormFields(problems: problem.map { ["report-name": [$0]] } ?? [:], language: language)
        let taken = Set(names)
        let suggested = ProgressReport.Round.allCases.map(\.rawValue).first { !taken.contains($0) } ?? "12-month-\(year)"
        let hint =
            th
            ? "ชื่อไฟล์ใช้ตัวอักษรภาษาอังกฤษตัวเล็ก ตัวเลข และ - เช่น 6-month; รายงานใหม่มีทุกมาตรการของปีนี้ (\(agencyYear.measures.count) มาตรการ) สถานะ not-started"
            : "File name: lower-case letters, digits and -, e.g. 6-month; the new report lists every measure of the year (\(agencyYear.measures.count)), not-started"
        let body = """
            \(notice)<ul>\(list.isEmpty ? "<li>\(th ? "ยังไม่มีรายงาน" : "No reports yet")</li>" : list.joined())</ul>
            <h2>\(th ? "สร้างรายงานใหม่" : "New report")</h2>
            <form method="post" action="\(HTML.escape(agencyHref(checked.slug)))\(year)/progress/" enctype="multipart/form-data" novalidate>
            <input type="hidden" name="token" value="\(HTML.escape(guardian.token))">
            \(fields.select("report-round", th ? "รอบของรายงาน" : "Round", "6-month", options: ProgressValues.rounds(in: language), name: "round"))\
            \(fields.field("report-name", th ? "ชื่อไฟล์" : "File name", suggested, name: "name", hint: hint))\
            <p>\(fields.button("create", th ? "สร้างรายงานใหม่" : "Create the report", primary: true))</p>
            </form>

            """
        let trail = yearTrail(
            checked, year: year, [EditorPage.Crumb(label: th ? "รายงานความก้าวหน้า" : "Progress reports", href: nil)])
        let title = th ? "รายงานความก้าวหน้า ปีงบประมาณ \(year)" : "Progress reports, fiscal year \(year)"
        return .page(
            EditorPage.html(fonts: fontSlug, title: title, crumbs: trail, body: body, language: language), status: status)
    }

    /// Creates `progress/<name>.yaml` with one `not-started` entry per measure; refused (422)
    /// for a bad name or when the file exists, never overwriting it.
    func createReport(_ checked: EditorContent.Checked, year: Int, _ post: PostedForm) async -> EditorAnswer {
        guard let agencyYear = checked.agency?.year(year) else { return notFound() }
        let name = (post.fields["name"]?.last ?? "").trimmingCharacters(in: .whitespaces)
        let round = ProgressReport.Round(rawValue: post.fields["round"]?.last ?? "") ?? .twelveMonth
        func refuse(_ message: String) -> EditorAnswer {
            reportsPage(checked, year: year, notice: refusedNotice, problem: message, status: 422)
        }
        guard ProgressFileName.isValid(name) else {
            return refuse(
                th
                    ? "ชื่อไฟล์ใช้ได้เฉพาะตัวอักษรภาษาอังกฤษตัวเล็ก ตัวเลข และ - เช่น 6-month"
                    : "use lower-case letters, digits and - only, e.g. 6-month")
        }
        guard let file = content.file(["agencies", checked.slug, String(year), "progress", name + ".yaml"]) else {
            return notFound()
        }
        let agency = checked.agency?.profile.name ?? checked.slug
        let text = CycleFileText.report(agency: agency, year: year, round: round, measures: agencyYear.measures.map(\.id.value))
        do {
            try CycleFileText.create(text, at: file)
        } catch {
            let exists = FileManager.default.fileExists(atPath: file.path)
            return refuse(
                exists
                    ? (th
                        ? "มีรายงานชื่อ \(name) อยู่แล้ว ไม่ได้เขียนทับ ใช้ชื่ออื่น"
                        : "a report named \(name) exists; not overwritten: choose another name")
                    : (th ? "สร้างไฟล์ไม่ได้: " : "cannot create the file: ") + error.localizedDescription)
        }
        if settings.commit {
            let message =
                th
                ? "สร้างรายงานความก้าวหน้า \(name) ของ \(agency) ปีงบประมาณ \(year)"
                : "Create progress report \(name) of \(agency), fiscal year \(year)"
            _ = GitCommit.commit([file], message: message, in: file.deletingLastPathComponent())
        }
        return .redirect(agencyHref(checked.slug) + "\(year)/progress/\(name)/?created=1")
    }
}
