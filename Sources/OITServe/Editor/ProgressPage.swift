import OITCheck
import OITLoad
import OITModel
import OITRender
import OITSite

/// The form of one progress report: round, date (พ.ศ.), title, then one fieldset per measure of
/// the year with its status, summary, outcome and evidence; posting the values with the file's
/// SHA-256 and the session's token.
struct ProgressPage {
    var values: ProgressValues
    /// Titles of the year's measures by id, shown beside each entry.
    var titles: [String: String]
    var fields: FormFields
    var token: String
    var fileHash: String
    var action: String
    /// The fiscal year, whose days the report's date should fall on (the check warns otherwise).
    var fiscal: FiscalYear
    /// The report's `memo:` (its บันทึกข้อความ), edited below the entries (`ProgressPage+Memo`).
    var memo = ProgressMemoValues(nil)

    var th: Bool { fields.language == .thai }

    func body(notice: String) -> String {
        var shown = memoFieldIDs.union(["round", "date", "title", "entries"])
        for index in values.entries.indices {
            for key in ["", "-measure", "-status", "-summary", "-outcome", "-evidence", "-upload"] {
                shown.insert("entry-\(index)\(key)")
            }
        }
        // As `oit check`: a report is dated within its year, a 12-month one up to 31 December after it.
        let last = CivilDate(year: fiscal.end.year, month: 12, day: 31) ?? fiscal.end
        let dateHint =
            (th ? "พิมพ์ วัน/เดือน/ปี พ.ศ. เช่น 16/10/2566" : "type day/month/year in the Buddhist Era, e.g. 16/10/2566")
            + (th
                ? " · วันที่ที่ตรวจผ่าน: \(ThaiText.range(fiscal.start, last, digits: .arabic))"
                : " · dates the check accepts: \(BuddhistDateInput.format(fiscal.start)) – \(BuddhistDateInput.format(last))")
        return """
            \(notice)\(fields.general(except: shown))<form method="post" action="\(HTML.escape(action))" enctype="multipart/form-data" novalidate>
            <input type="hidden" name="token" value="\(HTML.escape(token))">
            <input type="hidden" name="sha" value="\(HTML.escape(fileHash))">
            \(fields.select("round", th ? "รอบของรายงาน" : "Round", values.round, options: ProgressValues.rounds(in: fields.language)))\
            \(fields.field("date", th ? "วันที่ของรายงาน (พ.ศ.)" : "Date of the report (B.E.)", values.date, hint: dateHint))\
            \(fields.field("title", th ? "ชื่อรายงาน (ไม่บังคับ)" : "Title (optional)", values.title))\
            <input type="hidden" name="e-count" value="\(values.entries.count)">
            <h2>\(th ? "ผลการดำเนินการตามมาตรการ" : "Progress of the measures")</h2>
            \(values.entries.enumerated().map { entry($0.element, at: $0.offset) }.joined())\(memoHTML())\
            <p>\(fields.button("save", th ? "บันทึกรายงาน" : "Save the report", primary: true))</p>
            </form>

            """
    }

    private func entry(_ entry: ProgressValues.Entry, at index: Int) -> String {
        let id = "entry-\(index)"
        let name = "e-\(index)-"
        let title = titles[entry.measure].map { " " + HTML.escape($0) } ?? ""
        let unreported =
            entry.origin == nil
            ? "<p class=\"hint\">\(th ? "ยังไม่ได้รายงานมาตรการนี้ในรายงานนี้ เลือกสถานะเพื่อเพิ่ม" : "Not in this report yet: choose a status to add it.")</p>\n"
            : ""
        return """
            <fieldset class="evidence" id="\(id)"\(fields.problems[id] != nil ? " aria-describedby=\"p-\(id)\"" : "")>
            <legend>\(HTML.escape(entry.measure))\(title)</legend>
            <input type="hidden" name="\(name)measure" value="\(HTML.escape(entry.measure))">
            <input type="hidden" name="\(name)origin" value="\(entry.origin.map(String.init) ?? "")">
            \(unreported)\(fields.problemText(id))\(fields.problemText("\(id)-measure"))\
            \(fields.select("\(id)-status", th ? "สถานะ" : "Status", entry.status, options: ProgressValues.statuses(in: fields.language), name: name + "status", empty: entry.origin == nil ? (th ? "— ไม่รายงาน —" : "— not reported —") : nil))\
            \(fields.area("\(id)-summary", th ? "สรุปผลการดำเนินการ" : "Summary", entry.summary, name: name + "summary", rows: 3))\
            \(fields.area("\(id)-outcome", th ? "ผลลัพธ์" : "Outcome", entry.outcome, name: name + "outcome", rows: 2))\
            \(evidence(entry.evidence, id: id, name: name))</fieldset>

            """
    }

    /// The entry's evidence: title and address (or file) each, a remove box, and one new pair.
    private func evidence(_ list: [ItemValues.Evidence], id: String, name: String) -> String {
        let rows = list.enumerated().map { index, item -> String in
            let key = "\(name)ev-\(index)-"
            let target =
                item.file.isEmpty
                ? fields.field("\(id)-ev-\(index)-url", th ? "ที่อยู่เว็บ (URL)" : "Web address (URL)", item.url, name: key + "url")
                : "<p>\(th ? "ไฟล์" : "File"): <code>\(HTML.escape(item.file))</code></p>\n"
                    + "<input type=\"hidden\" name=\"\(key)file\" value=\"\(HTML.escape(item.file))\">\n"
            return fields.field(
                "\(id)-ev-\(index)-title", (th ? "หลักฐานที่ " : "Evidence ") + "\(index + 1)", item.title, name: key + "title")
                + target
                + "<label class=\"check\" for=\"f-\(id)-ev-\(index)-remove\"><input type=\"checkbox\" id=\"f-\(id)-ev-\(index)-remove\" "
                + "name=\"\(key)remove\" value=\"1\"><span>\(th ? "ลบหลักฐานนี้เมื่อบันทึก" : "Remove this evidence on save")</span></label>\n"
        }
        return """
            <input type="hidden" name="\(name)ev-count" value="\(list.count)">
            \(rows.joined())\(fields.field("\(id)-ev-new-title", th ? "เพิ่มหลักฐาน: ชื่อ" : "Add evidence: title", "", name: name + "ev-new-title"))\
            \(fields.field("\(id)-ev-new-url", th ? "เพิ่มหลักฐาน: ที่อยู่เว็บ (URL)" : "Add evidence: web address (URL)", "", name: name + "ev-new-url"))\
            \(fields.problemText("\(id)-evidence"))\(upload(id: id, name: name))
            """
    }
}
