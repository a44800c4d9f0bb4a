import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender
import OITSite

extension EditorResponder {
    /// What one progress report's form is made from.
    struct ReportContext {
        var file: URL
        var text: String
        var data: Data
        var report: ProgressReport
        var values: ProgressValues
        var titles: [String: String]
        /// False when the loader dropped an entry (written with a mistake): positions in the form
        /// and in the file would not agree, so the form is not offered.
        var readable: Bool
    }

    func reportContext(_ checked: EditorContent.Checked, year: Int, name: String) -> ReportContext? {
        guard let agencyYear = checked.agency?.year(year),
            let file = content.file(["agencies", checked.slug, String(year), "progress", name + ".yaml"]),
            let data = FileManager.default.contents(atPath: file.path),
            let report = agencyYear.reports.first(where: { $0.id == name })
        else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        let values = ProgressValues(report, measures: agencyYear.measures.map(\.id.value))
        let readable = report.unreadMeasures.isEmpty && CycleFileText.listCount(text, key: "entries") == report.entries.count
        let titles = Dictionary(agencyYear.measures.map { ($0.id.value, $0.title) }) { first, _ in first }
        return ReportContext(
            file: file, text: text, data: data, report: report, values: values, titles: titles, readable: readable)
    }

    func reportPage(
        _ checked: EditorContent.Checked, year: Int, name: String, notice: String, submission: ProgressSubmission? = nil,
        memo: ProgressMemoValues? = nil, status: Int = 200
    ) async -> EditorAnswer {
        let trail = yearTrail(
            checked, year: year,
            [
                EditorPage.Crumb(
                    label: th ? "รายงานความก้าวหน้า" : "Progress reports", href: agencyHref(checked.slug) + "\(year)/progress/"),
                EditorPage.Crumb(label: name, href: nil),
            ])
        let title = (th ? "รายงานความก้าวหน้า " : "Progress report ") + name
        guard let context = reportContext(checked, year: year, name: name) else {
            // A file that does not parse is not loaded: its problems are still shown.
            guard let file = content.file(["agencies", checked.slug, String(year), "progress", name + ".yaml"]),
                FileManager.default.fileExists(atPath: file.path)
            else { return notFound() }
            return unreadable(file, checked, title: title, trail: trail)
        }
        guard context.readable else { return unreadable(context.file, checked, title: title, trail: trail) }
        let hash = SHA256.hex(context.data)
        await snapshots.keep(context.text, hash: hash)
        var problems = listProblems(checked.diagnostics, text: context.text, file: context.file, list: "entries", prefix: "entry")
        if let submission {
            problems = [:]
            for (field, message) in submission.refusals { problems[field, default: []].append(message) }
        }
        let page = ProgressPage(
            values: submission?.values ?? context.values, titles: context.titles,
            fields: FormFields(problems: problems, language: language), token: guardian.token, fileHash: hash,
            action: agencyHref(checked.slug) + "\(year)/progress/\(name)/", fiscal: FiscalYear(year),
            memo: memo ?? ProgressMemoValues(context.report.memo))
        let preview = "/" + Route.progress(year: year, report: name).href(inAgency: checked.slug)
        let link =
            "<p><a href=\"\(HTML.escape(preview))\">\(th ? "ดูหน้านี้ในตัวอย่างเว็บไซต์" : "See this page in the preview")</a></p>\n"
        return .page(
            EditorPage.html(
                fonts: fontSlug, title: title, crumbs: trail, body: link + page.body(notice: notice), language: language),
            status: status)
    }

    /// Saves a report as `saveItem` saves an item: 409 over a changed file, 422 with the typed
    /// values for a value that cannot be saved, else only the changed values. A date outside the
    /// fiscal year is saved; the check's warning is then shown at the date.
    func saveReport(_ checked: EditorContent.Checked, year: Int, name: String, _ post: PostedForm) async -> EditorAnswer {
        guard let context = reportContext(checked, year: year, name: name) else { return notFound() }
        guard context.readable else { return .text(409, "409 the report has entries the editor cannot read") }
        let back = agencyHref(checked.slug) + "\(year)/progress/\(name)/"
        let current: Data
        switch await unchanged(context.file, post, back: back) {
        case .success(let data): current = data
        case .failure(let refusal): return refusal.answer
        }
        let (fields, uploads) = reportUploads(post)
        var submission = ProgressSubmission(fields: fields, old: context.values, language: language)
        var written: [URL] = []
        if submission.refusals.isEmpty {
            let yearFolder = context.file.deletingLastPathComponent().deletingLastPathComponent()
            written = storeReportUploads(uploads, into: &submission, yearFolder: yearFolder)
        }
        let oldMemo = ProgressMemoValues(context.report.memo)
        let memo = oldMemo.posted(post.fields, language: language)
        submission.refusals.merge(memo.refusals) { first, _ in first }
        guard submission.refusals.isEmpty else {
            return await reportPage(
                checked, year: year, name: name, notice: refusedNotice, submission: submission, memo: memo.memo, status: 422)
        }
        let edits = ProgressEdits.edits(from: context.values, to: submission.values) + oldMemo.edits(to: memo.memo)
        let agency = checked.agency?.profile.name ?? checked.slug
        let subject =
            th
            ? "\(agency) รายงานความก้าวหน้า \(name) ปีงบประมาณ \(year)" : "\(agency), progress report \(name), fiscal year \(year)"
        return await write(edits, to: context.file, expected: current, extra: written, back: back, subject: subject)
    }
}
