import OITCheck
import OITLoad
import OITModel
import OITRender
import OITSite

/// The form of a year's `measures.yaml`: one fieldset per measure with every field the format
/// defines (lists one entry a line), buttons that save the form with a measure removed or moved,
/// and a fieldset for a new measure; the file's SHA-256 and the session's token posted with it.
struct MeasuresPage {
    var values: MeasureValues
    /// The new measure as typed (a refused post) or empty.
    var added: MeasureValues.Entry
    var fields: FormFields
    var token: String
    var fileHash: String
    var action: String
    /// What the codes are checked against, in words (`กรอบการประเมินรอบ 2566`).
    var roundNote: String

    var th: Bool { fields.language == .thai }

    func body(notice: String) -> String {
        let entries = values.measures.enumerated().map { measure($0.element, at: $0.offset) }
        var shown: Set<String> = []
        for index in values.measures.indices {
            shown.insert("measure-\(index)")
            for key in MeasureEdits.textKeys + MeasureValues.listKeys.map(\.key) { shown.insert("measure-\(index)-\(key)") }
        }
        for key in MeasureEdits.textKeys + MeasureValues.listKeys.map(\.key) { shown.insert("measure-new-\(key)") }
        let empty =
            values.measures.isEmpty
            ? "<p>\(th ? "ยังไม่มีมาตรการ (ยังไม่มีไฟล์ measures.yaml): เพิ่มมาตรการแรกด้านล่าง" : "No measures yet (no measures.yaml): add the first one below.")</p>\n"
            : ""
        return """
            \(notice)\(fields.general(except: shown))<p class="hint">\(HTML.escape(roundNote))</p>
            <form method="post" action="\(HTML.escape(action))" enctype="multipart/form-data" novalidate>
            <input type="hidden" name="token" value="\(HTML.escape(token))">
            <input type="hidden" name="sha" value="\(HTML.escape(fileHash))">
            <input type="hidden" name="m-count" value="\(values.measures.count)">
            <p>\(fields.button("save", th ? "บันทึกมาตรการ" : "Save the measures"))</p>
            \(empty)\(entries.joined())\(newMeasure())
            <p>\(fields.button("save", th ? "บันทึกมาตรการ" : "Save the measures", primary: true))</p>
            </form>

            """
    }

    private func measure(_ entry: MeasureValues.Entry, at index: Int) -> String {
        let id = "measure-\(index)"
        let number = index + 1
        let up = index > 0 ? fields.button("up-\(index)", (th ? "เลื่อนขึ้น" : "Move up") + " (\(number))") : ""
        let down =
            index < values.measures.count - 1
            ? fields.button("down-\(index)", (th ? "เลื่อนลง" : "Move down") + " (\(number))") : ""
        let remove = fields.button(
            "remove-\(index)", (th ? "ลบมาตรการนี้และบันทึก" : "Remove this measure and save") + " (\(number))")
        return """
            <fieldset class="evidence" id="\(id)"\(fields.problems[id] != nil ? " aria-describedby=\"p-\(id)\"" : "")>
            <legend>\(th ? "มาตรการที่" : "Measure") \(number)\(entry.id.isEmpty ? "" : " · " + HTML.escape(entry.id))</legend>
            <input type="hidden" name="m-\(index)-origin" value="\(entry.origin.map(String.init) ?? "")">
            \(inputs(entry, id: id, name: "m-\(index)-"))\(fields.problemText(id))<p>\(up)\(down)\(remove)</p></fieldset>

            """
    }

    private func newMeasure() -> String {
        var entry = added
        if entry.id.isEmpty && entry.isBlank { entry.id = values.suggestedID }
        let hint =
            th
            ? "กรอกชื่อมาตรการแล้วกดเพิ่ม (หรือบันทึก) ถ้าไม่กรอกอะไรนอกจากรหัส จะไม่เพิ่ม"
            : "Fill in the title, then add (or save); left with only its id, nothing is added."
        return """
            <fieldset class="evidence" id="measure-new"><legend>\(th ? "เพิ่มมาตรการ" : "Add a measure")</legend>
            <p class="hint">\(HTML.escape(hint))</p>
            \(inputs(entry, id: "measure-new", name: "m-new-"))<p>\(fields.button("add", th ? "เพิ่มมาตรการ" : "Add the measure"))</p>
            </fieldset>

            """
    }

    /// The measure's fields in the documented order.
    private func inputs(_ entry: MeasureValues.Entry, id: String, name: String) -> String {
        func text(_ key: String, _ thai: String, _ english: String, hint: String? = nil) -> String {
            fields.field("\(id)-\(key)", th ? thai : english, entry.text(key), name: name + key, hint: hint)
        }
        func list(_ key: String) -> String {
            let field = MeasureValues.listKeys.first { $0.key == key }
            let label = th ? field?.thai ?? key : field?.english ?? key
            let rows = max(2, entry.list(key).count + 1)
            return fields.area("\(id)-\(key)", label, entry.list(key).joined(separator: "\n"), name: name + key, rows: rows)
        }
        return text("id", "รหัสมาตรการ", "Id", hint: th ? "เช่น M1 ไม่ซ้ำกันในปีเดียวกัน" : "e.g. M1, unique within the year")
            + fields.area("\(id)-title", th ? "ชื่อมาตรการ" : "Title", entry.title, name: name + "title", rows: 2)
            + list("indicators") + list("questions") + list("items")
            + fields.area(
                "\(id)-issue", th ? "ประเด็นที่ต้องแก้ไข (ไม่บังคับ)" : "Issue addressed (optional)", entry.issue, name: name + "issue",
                rows: 2)
            + list("steps")
            + text(
                "period", "ระยะเวลาดำเนินการ", "Period",
                hint: th ? "ข้อความ เช่น ตลอดปีงบประมาณ 2567" : "text, e.g. the whole fiscal year")
            + list("units")
    }
}
