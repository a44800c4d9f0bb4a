import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender
import OITSite

extension EditorResponder {
    /// What the measures form is made from.
    struct MeasuresContext {
        var file: URL
        var text: String
        var data: Data
        var exists: Bool
        var values: MeasureValues
        var rounds: MeasureSubmission.Rounds?
        /// False when the loader dropped a measure (written with a mistake): positions in the
        /// form and in the file would not agree, so the form is not offered.
        var readable: Bool
    }

    func measuresContext(_ checked: EditorContent.Checked, year: Int) -> MeasuresContext? {
        guard let agencyYear = checked.agency?.year(year),
            let file = content.file(["agencies", checked.slug, String(year), "measures.yaml"])
        else { return nil }
        let data = FileManager.default.contents(atPath: file.path)
        let text = String(decoding: data ?? Data(), as: UTF8.self)
        let values = MeasureValues(agencyYear.measures)
        let readable =
            data == nil
            || (agencyYear.measuresComplete && CycleFileText.listCount(text, key: "measures") == values.measures.count)
        // As `oit check`: codes name the previous round's questions when that year is in the content.
        let own = checked.assessment.year(year, of: checked.slug)?.framework
        let previous =
            checked.agency?.year(year - 1) != nil ? checked.assessment.year(year - 1, of: checked.slug)?.framework : nil
        let rounds = own.map { MeasureSubmission.Rounds(own: $0, addressing: previous ?? $0) }
        return MeasuresContext(
            file: file, text: text, data: data ?? Data(), exists: data != nil, values: values, rounds: rounds, readable: readable)
    }

    func measuresPage(
        _ checked: EditorContent.Checked, year: Int, notice: String, submission: MeasureSubmission? = nil, status: Int = 200
    ) async -> EditorAnswer {
        guard let context = measuresContext(checked, year: year) else { return notFound() }
        let title = th ? "มาตรการ ปีงบประมาณ \(year)" : "Measures, fiscal year \(year)"
        let trail = yearTrail(checked, year: year, [EditorPage.Crumb(label: th ? "มาตรการ" : "Measures", href: nil)])
        guard context.readable else { return unreadable(context.file, checked, title: title, trail: trail) }
        let hash = SHA256.hex(context.data)
        await snapshots.keep(context.text, hash: hash)
        var problems = listProblems(
            checked.diagnostics, text: context.text, file: context.file, list: "measures", prefix: "measure")
        if let submission {
            problems = [:]
            for (field, message) in submission.refusals { problems[field, default: []].append(message) }
        }
        let round = context.rounds?.addressing.round
        let note =
            round.map {
                th
                    ? "รหัสตัวชี้วัดและข้อคำถามตรวจกับกรอบการประเมินรอบ \($0) รหัสข้อ OIT ตรวจกับรอบ \(context.rounds?.own.round ?? year) หรือรอบ \($0)"
                    : "Indicator and question codes are checked against the round \($0) framework; OIT items against round \(context.rounds?.own.round ?? year) or \($0)."
            } ?? (th ? "ไม่ทราบรอบการประเมินของปีนี้ จึงไม่ตรวจรหัสข้อ" : "This year's round is unknown: codes are not checked.")
        let page = MeasuresPage(
            values: submission?.values ?? context.values, added: submission?.added ?? MeasureValues.Entry(),
            fields: FormFields(problems: problems, language: language), token: guardian.token, fileHash: hash,
            action: agencyHref(checked.slug) + "\(year)/measures/", roundNote: note)
        let preview = "/" + Route.measures(year: year).href(inAgency: checked.slug)
        let link =
            context.values.measures.isEmpty
            ? ""
            : "<p><a href=\"\(HTML.escape(preview))\">\(th ? "ดูหน้านี้ในตัวอย่างเว็บไซต์" : "See this page in the preview")</a></p>\n"
        return .page(
            EditorPage.html(
                fonts: fontSlug, title: title, crumbs: trail, body: link + page.body(notice: notice), language: language),
            status: status)
    }

    /// Saves the measures: 409 over a changed file, 422 with the typed values for a value that
    /// cannot be saved, else only the changed values; the first save creates `measures.yaml`.
    func saveMeasures(_ checked: EditorContent.Checked, year: Int, _ post: PostedForm) async -> EditorAnswer {
        guard let context = measuresContext(checked, year: year) else { return notFound() }
        guard context.readable else { return .text(409, "409 measures.yaml has measures the editor cannot read") }
        let back = agencyHref(checked.slug) + "\(year)/measures/"
        let current: Data
        switch await unchanged(context.file, post, back: back) {
        case .success(let data): current = data
        case .failure(let refusal): return refusal.answer
        }
        let submission = MeasureSubmission(fields: post.fields, old: context.values, rounds: context.rounds, language: language)
        guard submission.refusals.isEmpty else {
            return await measuresPage(checked, year: year, notice: refusedNotice, submission: submission, status: 422)
        }
        let edits = MeasureEdits.edits(from: context.values, to: submission.values)
        let name = checked.agency?.profile.name ?? checked.slug
        let subject = th ? "\(name) มาตรการปีงบประมาณ \(year)" : "\(name), measures of fiscal year \(year)"
        guard context.exists else {
            guard !edits.isEmpty else { return .redirect(back + "?saved=0") }
            return create(
                edits, base: CycleFileText.measuresHeader(agency: name, year: year), file: context.file, back: back,
                subject: subject)
        }
        return await write(edits, to: context.file, expected: current, extra: [], back: back, subject: subject)
    }

    /// A file the loader could not read whole: the editor would edit the wrong entries, so it
    /// shows the build's problems and asks for the file to be corrected first.
    func unreadable(_ file: URL, _ checked: EditorContent.Checked, title: String, trail: [EditorPage.Crumb]) -> EditorAnswer {
        let path = content.sourcePath(file)
        let text =
            th
            ? "\(path) มีรายการที่อ่านไม่ได้ (ดูข้อผิดพลาดด้านล่าง) แก้ในโปรแกรมแก้ไขข้อความก่อน แล้วเปิดหน้านี้อีกครั้ง"
            : "\(path) has entries that cannot be read (see the errors below); correct it in a text editor first, then open this page again."
        let body = EditorPage.notice(text, kind: "error") + problemList(checked.diagnostics, file: file)
        return .page(EditorPage.html(fonts: fontSlug, title: title, crumbs: trail, body: body, language: language))
    }
}
