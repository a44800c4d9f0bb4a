import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender
import OITSite

extension EditorResponder {
    /// The form of a year's `analysis.yaml` (made empty when the year has none yet), with the
    /// build's problems beside their fields.
    /// - Parameters:
    ///   - submitted: the values of a refused or previewed post, shown instead of the file's.
    ///   - preview: the Markdown field whose preview was asked for.
    ///   - postedHash: the SHA-256 the previewed form carried, kept so its save still sees a change on disk.
    func analysisPage(
        _ checked: EditorContent.Checked, year: Int, notice: String, submitted: AnalysisValues? = nil,
        refusals: [String: String] = [:], preview: String? = nil, postedHash: String? = nil, status: Int = 200
    ) async -> EditorAnswer {
        guard let file = await yearFile(checked, year: year, name: "analysis.yaml") else { return notFound() }
        let values = submitted ?? AnalysisValues(file.yaml)
        // Problems by the file's positions; after a post whose entries moved they would point at
        // the wrong entries, so only the post's own refusals are shown then.
        var problems = submitted == nil ? pathProblems(checked, file: file, rename: Self.analysisField) : [:]
        for (field, message) in refusals { problems[field, default: []].insert(message, at: 0) }
        let action = agencyHref(checked.slug) + "\(year)/analysis/"
        let shown = preview.flatMap { id in Self.markdownText(values, id: id).map { (id: id, text: $0) } }
        let fields = EditorFields(problems: problems, language: language, action: action, preview: shown)
        let page = AnalysisPage(
            values: values, fields: fields, framework: resultsFramework(checked, year: year), token: guardian.token,
            fileHash: postedHash ?? SHA256.hex(Data(file.text.utf8)))
        let intro =
            file.exists
            ? ""
            : EditorPage.notice(
                th
                    ? "ปีนี้ยังไม่มี analysis.yaml ไฟล์จะถูกสร้างเมื่อบันทึกครั้งแรก"
                    : "This year has no analysis.yaml yet; the first save creates it.", kind: "warning")
        let title = th ? "การวิเคราะห์ผลการประเมินรอบ \(year)" : "Analysis of the results of round \(year)"
        return .page(
            EditorPage.html(
                fonts: fontSlug, title: title, crumbs: yearCrumbs(checked, year: year, label: th ? "การวิเคราะห์" : "Analysis"),
                body: intro + page.body(notice: notice), language: language),
            status: status)
    }

    /// Saves `analysis.yaml` (or shows a preview, saving nothing), as `saveResults` saves results.
    func saveAnalysis(_ checked: EditorContent.Checked, year: Int, _ post: PostedForm) async -> EditorAnswer {
        guard let file = await yearFile(checked, year: year, name: "analysis.yaml") else { return notFound() }
        let old = AnalysisValues(file.yaml)
        let submission = AnalysisSubmission(fields: post.fields, old: old, language: language)
        if let asked = previewField(post) {
            // An entry's field is named by its place in the post; entries removed before it move it up.
            let parts = asked.split(separator: "-")
            var preview = asked
            if parts.count == 3, parts[0] == "e", let posted = parts[1] == "new" ? -1 : Int(parts[1]) {
                preview = submission.positions[posted].map { "e-\($0)-\(parts[2])" } ?? ""
            }
            return await analysisPage(
                checked, year: year, notice: "", submitted: submission.values, refusals: submission.refusals,
                preview: preview, postedHash: post.fields["sha"]?.last ?? "")
        }
        let back = agencyHref(checked.slug) + "\(year)/analysis/"
        let current: Data
        switch await unchanged(file.url, post, back: back) {
        case .success(let data): current = data
        case .failure(let refusal): return refusal.answer
        }
        guard submission.refusals.isEmpty else {
            return await analysisPage(
                checked, year: year, notice: refusedNotice, submitted: submission.values, refusals: submission.refusals,
                postedHash: post.fields["sha"]?.last, status: 422)
        }
        let name = checked.agency?.profile.name ?? checked.slug
        let subject = th ? "\(name) การวิเคราะห์ผลรอบ \(year)" : "\(name), analysis of round \(year)"
        // An entry moved one place: its lines move with it (comments too), then the values are edited.
        var (before, after, base) = (old, submission.values, String?.none)
        if let index = AnalysisEdits.adjacentMove(after.entries), index + 1 < old.entries.count,
            let swapped = ListEntrySwap.swap(String(decoding: current, as: UTF8.self), key: "entries", index: index)
        {
            (before, after) = AnalysisEdits.swapped(old, after, at: index)
            base = swapped
        }
        return await saveYearFile(
            AnalysisEdits.edits(from: before, to: after), file: file, expected: current, base: base,
            header: NewContentFile.header("analysis.yaml", agency: name, year: year), back: back, subject: subject)
    }

    /// The form's field id of a value of `analysis.yaml` (`entries.2.issue` → `e-2-issue`,
    /// `entries.2.question` → `e-2-code`, `constraints.staff` → `c-staff`).
    static func analysisField(_ path: String) -> String {
        let parts = path.split(separator: ".").map(String.init)
        switch parts.first {
        case "entries" where parts.count >= 2:
            guard parts.count >= 3 else { return "e-\(parts[1])" }
            return "e-\(parts[1])-" + (["indicator", "question"].contains(parts[2]) ? "code" : parts[2])
        case "constraints" where parts.count >= 2: return "c-\(parts[1])"
        default: return parts.first ?? path
        }
    }

    /// The Markdown text of the field `id` (`summary`, `e-2-analysis`, `e-new-analysis`, `c-staff`).
    static func markdownText(_ values: AnalysisValues, id: String) -> String? {
        if id == "summary" { return values.summary }
        if id.hasPrefix("c-") { return values.constraints[String(id.dropFirst(2))] }
        let parts = id.split(separator: "-")
        guard parts.count == 3, parts[0] == "e", parts[2] == "analysis", let index = Int(parts[1]),
            values.entries.indices.contains(index)
        else { return nil }
        return values.entries[index].analysis
    }
}
