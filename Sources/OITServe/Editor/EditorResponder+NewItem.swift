import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender
import OITSite

extension EditorResponder {
    /// The year page's form that adds an item a partial round's framework does not list (o2, o6,
    /// o7 of 2569): the build's note asks for it in `year.yaml` with its `title:`; empty otherwise.
    func newItemForm(_ assessment: YearAssessment, year: Int, slug: String, problem: String?) -> String {
        guard assessment.framework.partial else { return "" }
        let fields = FormFields(problems: problem.map { ["new-item": [$0]] } ?? [:], language: language)
        let hint =
            th
            ? "กรอบการประเมินของรอบนี้ทราบรายการข้อไม่ครบ ข้อที่คู่มือกำหนดแต่ไม่มีในตาราง ให้เพิ่มที่นี่ด้วยรหัสและชื่อตามคู่มือ"
            : "This round's framework does not list every item: add one the manual asks for with its code and title."
        return """
            <h2>\(th ? "เพิ่มข้อที่กรอบยังไม่มี" : "Add an item the framework does not list")</h2>
            <form method="post" action="\(HTML.escape(agencyHref(slug)))\(year)/" enctype="multipart/form-data" novalidate>
            <input type="hidden" name="token" value="\(HTML.escape(guardian.token))">
            \(fields.field("new-item", th ? "รหัสข้อ (เช่น o2)" : "Code (e.g. o2)", "", name: "code", hint: hint))\
            \(fields.field("new-item-title", th ? "ชื่อข้อ" : "Title", "", name: "title"))\
            <p>\(fields.button("new-item", th ? "เพิ่มข้อ" : "Add the item", primary: false))</p>
            </form>

            """
    }

    /// Writes `items.<code>` with its title and `status: not-started` into `year.yaml` through the
    /// writer, then opens the item's form; a code that is not `o` and a number, an item that exists
    /// or a missing title is refused beside the field (422) and nothing is written.
    func addItem(_ checked: EditorContent.Checked, year: Int, _ post: PostedForm) async -> EditorAnswer {
        guard let agencyYear = checked.agency?.year(year), let assessment = checked.assessment.year(year, of: checked.slug),
            assessment.framework.partial,
            let file = content.file(["agencies", checked.slug, String(year), "year.yaml"])
        else { return .text(405, "405 method not allowed") }
        let code = Digits.arabic(post.fields["code"]?.last ?? "")
            .trimmingSpacesAndNewlines().lowercased()
        let title = (post.fields["title"]?.last ?? "").trimmingSpacesAndNewlines()
        let problem: String? =
            if code.range(of: #"^o[1-9][0-9]{0,2}$"#, options: .regularExpression) == nil {
                th ? "รหัสข้อเขียนเป็น o ตามด้วยตัวเลข เช่น o2" : "write the code as o and a number, e.g. o2"
            } else if assessment.items.contains(where: { $0.code == code }) || agencyYear.entries[code] != nil {
                th ? "ข้อ \(code) มีอยู่แล้วในปีนี้" : "item \(code) is in this year already"
            } else if title.isEmpty {
                th ? "ใส่ชื่อข้อตามคู่มือของรอบนี้" : "give the item's title from this round's manual"
            } else {
                nil
            }
        if let problem { return yearPage(checked, year, newItemProblem: problem, status: 422) }
        let data = FileManager.default.contents(atPath: file.path) ?? Data()
        let base: [YAMLKeyPath.Component] = [.key("items"), .key(code)]
        let edits = [
            YAMLEdit(path: YAMLKeyPath(base + [.key("title")]), value: .scalar(title)),
            YAMLEdit(path: YAMLKeyPath(base + [.key("status")]), value: .scalar(ItemStatus.notStarted.rawValue)),
        ]
        let path = content.sourcePath(file)
        let back = agencyHref(checked.slug) + "\(year)/\(code)/"
        return await write(to: file, expected: data, extra: [], back: back, subject: "\(code) \(title)") { text in
            try YAMLTextEditor.apply(edits, to: text, order: YAMLKeyOrder.forFile(file), file: path)
        }
    }
}
