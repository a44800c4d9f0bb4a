import OITModel
import OITRender
import OITSite

extension ProgressPage {
    /// The ids of the memo's fields, whose problems are shown beside them rather than above the form.
    var memoFieldIDs: Set<String> {
        Set(ProgressMemoValues.fields.map { "memo-\($0.key)" } + ["memo", "memo-signatures"])
    }

    /// The memo's fields (office, number, date in พ.ศ., subject, to, Markdown text) and its
    /// signatures, each with a remove box, then one new signature.
    func memoHTML() -> String {
        let intro =
            th
            ? "บันทึกข้อความเสนอหัวหน้าหน่วยงาน (ไม่บังคับ) เว้นว่างทุกช่องถ้าไม่ใช้ ถ้าใช้ต้องมีส่วนราชการ เรื่อง และเรียน"
            : "The memo to the head of the agency (optional): leave every field empty for none; one needs an office, a subject and a To."
        let inputs = ProgressMemoValues.fields.map { field -> String in
            let id = "memo-\(field.key)"
            let label = th ? field.thai : field.english
            let value = memo.values[field.key] ?? ""
            switch field.key {
            case "body": return fields.area(id, label, value, name: id, rows: 8)
            case "date":
                let hint = th ? "พิมพ์ วัน/เดือน/ปี พ.ศ. เช่น 16/10/2566" : "day/month/year in the Buddhist Era, e.g. 16/10/2566"
                return fields.field(id, label, value, name: id, hint: hint)
            default: return fields.field(id, label, value, name: id)
            }
        }
        let signers = memo.signatures.enumerated().map { index, signer -> String in
            let id = "memo-sig-\(index)"
            return fields.field("\(id)-name", (th ? "ผู้ลงนาม " : "Signer ") + "\(index + 1)", signer.name, name: "\(id)-name")
                + fields.field("\(id)-position", th ? "ตำแหน่ง" : "Position", signer.position, name: "\(id)-position")
                + "<label class=\"check\" for=\"f-\(id)-remove\"><input type=\"checkbox\" id=\"f-\(id)-remove\" name=\"\(id)-remove\" "
                + "value=\"1\"><span>\(th ? "ลบผู้ลงนามนี้เมื่อบันทึก" : "Remove this signer on save")</span></label>\n"
        }
        return """
            <h2>\(th ? "บันทึกข้อความ (memo)" : "Memo (memo)")</h2>
            <p class="hint">\(HTML.escape(intro))</p>
            <input type="hidden" name="memo-shown" value="1">
            \(fields.problemText("memo"))\(inputs.joined())<fieldset class="evidence" id="memo-signatures">
            <legend>\(th ? "ผู้ลงนาม" : "Signatures")</legend>
            <input type="hidden" name="memo-sig-count" value="\(memo.signatures.count)">
            \(signers.joined())\(fields.field("memo-sig-new-name", th ? "เพิ่มผู้ลงนาม: ชื่อ" : "Add a signer: name", "", name: "memo-sig-new-name"))\
            \(fields.field("memo-sig-new-position", th ? "เพิ่มผู้ลงนาม: ตำแหน่ง" : "Add a signer: position", "", name: "memo-sig-new-position"))\
            \(fields.problemText("memo-signatures"))</fieldset>

            """
    }
}
