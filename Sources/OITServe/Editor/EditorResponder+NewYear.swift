import Foundation
import OITLoad
import OITModel
import OITRender
import OITSite

extension EditorResponder {
    /// The agency page's form that starts a fiscal year as `oit new year` does.
    func newYearForm(_ checked: EditorContent.Checked, problem: String?) -> String {
        let years = (checked.agency?.years ?? []).map(\.year)
        let next = years.max().map { $0 + 1 } ?? ProjectScaffold.fiscalYear(of: Date())
        let hint =
            th
            ? "สร้าง year.yaml ของปีนั้นเหมือนคำสั่ง oit new year: ทุกข้อของรอบการประเมิน สถานะ not-started ยกหน่วยงานผู้รับผิดชอบ สรุป และหลักฐานมาจากปีก่อน ไม่เขียนทับปีที่มีอยู่แล้ว"
            : "Writes the year's year.yaml as oit new year does: every item of the round, not-started, with units, summaries and evidence carried from the year before; an existing year is never overwritten."
        let fields = FormFields(problems: problem.map { ["new-year": [$0]] } ?? [:], language: language)
        return """
            <h2>\(th ? "เริ่มปีงบประมาณใหม่" : "Start a new fiscal year")</h2>
            <form method="post" action="\(HTML.escape(agencyHref(checked.slug)))new-year/" enctype="multipart/form-data" novalidate>
            <input type="hidden" name="token" value="\(HTML.escape(guardian.token))">
            \(fields.field("new-year", th ? "ปีงบประมาณ (พ.ศ.)" : "Fiscal year (B.E.)", String(next), name: "year", hint: hint))\
            <p>\(fields.button("new-year", th ? "เริ่มปีงบประมาณใหม่" : "Start the new year", primary: true))</p>
            </form>

            """
    }

    /// Creates the year with `YearScaffold.create`, the function `oit new year` calls; refused
    /// (422, beside the field) for a year that exists or that the scaffold refuses.
    func startYear(_ checked: EditorContent.Checked, _ post: PostedForm) async -> EditorAnswer {
        let typed = (post.fields["year"]?.last ?? "").trimmingCharacters(in: .whitespaces)
        let digits = Digits.arabic(typed)
        func refuse(_ message: String) async -> EditorAnswer {
            await agencyPage(checked, notice: refusedNotice, newYearProblem: message, status: 422)
        }
        guard let year = Int(digits) else {
            return await refuse(
                th ? "“\(typed)” ไม่ใช่ปี: พิมพ์ปี พ.ศ. เช่น 2568" : "“\(typed)” is not a year: type the Buddhist Era year, e.g. 2568")
        }
        if checked.agency?.year(year)?.hasChecklist == true {
            return await refuse(
                th ? "มีปีงบประมาณ \(year) อยู่แล้ว ไม่ได้เขียนทับ" : "fiscal year \(year) exists already; not overwritten")
        }
        switch YearScaffold.create(content: content.root, agency: checked.slug, year: year) {
        case .failure(let problem):
            return await refuse(problem.text(in: language))
        case .success(let scaffold):
            if settings.commit {
                let name = checked.agency?.profile.name ?? checked.slug
                let message =
                    th
                    ? "เริ่มปีงบประมาณ \(year) ของ \(name) ด้วยตัวแก้ไขของ oit serve"
                    : "Start fiscal year \(year) of \(name) in the oit serve editor"
                _ = GitCommit.commit([scaffold.file], message: message, in: scaffold.file.deletingLastPathComponent())
            }
            return .redirect(agencyHref(checked.slug) + "\(year)/?started=1")
        }
    }
}
