import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender
import OITSite

extension EditorResponder {
    /// The form of a year's `results.yaml` (made empty when the year has none yet), with the
    /// build's problems beside their fields; `submitted` and `refusals` show a refused post again.
    func resultsPage(
        _ checked: EditorContent.Checked, year: Int, notice: String, submitted: [String: String]? = nil,
        refusals: [String: String] = [:], status: Int = 200
    ) async -> EditorAnswer {
        guard let file = await yearFile(checked, year: year, name: "results.yaml") else { return notFound() }
        var form = ResultsForm(framework: resultsFramework(checked, year: year), file: file.yaml)
        if let submitted { form.values = submitted }
        var problems = pathProblems(checked, file: file) { $0 }
        for (field, message) in refusals { problems[field, default: []].insert(message, at: 0) }
        let action = agencyHref(checked.slug) + "\(year)/results/"
        let fields = EditorFields(problems: problems, language: language, action: action, preview: nil)
        let page = ResultsPage(form: form, fields: fields, token: guardian.token, fileHash: SHA256.hex(Data(file.text.utf8)))
        let intro =
            file.exists
            ? ""
            : EditorPage.notice(
                th
                    ? "ปีนี้ยังไม่มี results.yaml ไฟล์จะถูกสร้างเมื่อบันทึกครั้งแรก"
                    : "This year has no results.yaml yet; the first save creates it.", kind: "warning")
        let title = th ? "ผลการประเมิน ITA รอบ \(year)" : "ITA results of round \(year)"
        return .page(
            EditorPage.html(
                fonts: fontSlug, title: title, crumbs: yearCrumbs(checked, year: year, label: th ? "ผลการประเมิน" : "Results"),
                body: intro + page.body(notice: notice), language: language),
            status: status)
    }

    /// Saves `results.yaml` as `saveItem` saves an item: 409 when the file changed since the form
    /// was made, 422 with nothing written when a score is refused, else only the changed scores.
    func saveResults(_ checked: EditorContent.Checked, year: Int, _ post: PostedForm) async -> EditorAnswer {
        guard let file = await yearFile(checked, year: year, name: "results.yaml") else { return notFound() }
        let back = agencyHref(checked.slug) + "\(year)/results/"
        let current: Data
        switch await unchanged(file.url, post, back: back) {
        case .success(let data): current = data
        case .failure(let refusal): return refusal.answer
        }
        let old = ResultsForm(framework: resultsFramework(checked, year: year), file: file.yaml)
        let (values, refusals) = old.posted(post.fields, language: language)
        guard refusals.isEmpty else {
            return await resultsPage(
                checked, year: year, notice: refusedNotice, submitted: values, refusals: refusals, status: 422)
        }
        let name = checked.agency?.profile.name ?? checked.slug
        let subject = th ? "\(name) ผลการประเมินรอบ \(year)" : "\(name), results of round \(year)"
        return await saveYearFile(
            old.edits(to: values), file: file, expected: current,
            header: NewContentFile.header("results.yaml", agency: name, year: year), back: back, subject: subject)
    }
}
