import OITCheck
import OITLoad
import OITModel
import OITRender
import OITSite

/// The form of one item: made from the framework (`ItemForm`), with each problem next to its field
/// (`aria-describedby`), posting the values with the file's SHA-256 and the session's token.
struct ItemPage {
    var form: ItemForm
    /// Messages by field id; `item` and unknown ids are shown above the form.
    var problems: [String: [String]]
    var token: String
    /// The SHA-256 of `year.yaml` as the form was made from it.
    var fileHash: String
    var action: String
    var language: Language
    /// The Markdown field whose preview was asked for (`body`), with the text typed.
    var preview: (id: String, text: String)? = nil

    var th: Bool { language == .thai }

    func body(notice: String) -> String {
        let values = form.values
        return """
            \(EditorFields.style)\(notice)<dl><dt>\(th ? "ตัวชี้วัดย่อย" : "Sub-indicator")</dt><dd>\(HTML.escape(form.group))</dd>
            <dt>\(th ? "ช่วงเวลาของข้อมูล" : "Period")</dt><dd>\(HTML.escape(form.period))</dd></dl>
            \(general())<form method="post" action="\(HTML.escape(action))" enctype="multipart/form-data" novalidate>
            <input type="hidden" name="token" value="\(HTML.escape(token))">
            <input type="hidden" name="sha" value="\(HTML.escape(fileHash))">
            <button type="submit" name="action" value="save" class="default" tabindex="-1" aria-hidden="true">\
            \(th ? "บันทึก" : "Save")</button>
            \(form.isListed ? "" : definition(values))\(status(values.status))\(dates(values))\(field("unit", th ? "หน่วยงานที่รับผิดชอบ" : "Responsible unit", values.unit))\
            \(elements(values))\(area("summary", th ? "สรุป" : "Summary", values.summary, rows: 3))\
            \(evidence(values.evidence))\(field("reason", th ? "เหตุผล (เมื่อไม่เกี่ยวข้อง)" : "Reason (when not applicable)", values.reason))\
            \(area("body", th ? "รายละเอียด (Markdown)" : "Details (Markdown)", values.body, rows: 10))
            \(EditorFields.previewControls(id: "body", action: action, language: language, preview: preview))\
            \(form.isListed ? definition(values) : "")\
            <p><button type="submit" class="primary" name="action" value="save">\(th ? "บันทึก" : "Save")</button></p>
            </form>

            """
    }

    /// Problems that belong to no field (the entry as a whole, or another place).
    private func general() -> String {
        let fields: Set<String> = [
            "status", "updated", "covers", "unit", "elements", "summary", "reason", "body", "evidence-new", "upload",
            "def-title", "def-group", "def-elements",
        ]
        let other = problems.filter { !fields.contains($0.key) && !$0.key.hasPrefix("evidence-") }
        guard !other.isEmpty else { return "" }
        let items = other.keys.sorted().flatMap { other[$0] ?? [] }.map { "<li>\(HTML.escape($0))</li>" }
        return "<div class=\"notice warning\" id=\"p-item\"><ul>\(items.joined())</ul></div>\n"
    }

    /// The ids an input is described by: its hint and its problems.
    private func described(_ id: String, hint: Bool = false) -> String {
        var ids: [String] = []
        if hint { ids.append("h-\(id)") }
        if problems[id] != nil { ids.append("p-\(id)") }
        guard !ids.isEmpty else { return "" }
        return " aria-describedby=\"\(ids.joined(separator: " "))\"" + (problems[id] != nil ? " aria-invalid=\"true\"" : "")
    }

    private func problemText(_ id: String) -> String {
        guard let list = problems[id] else { return "" }
        return "<p class=\"problem\" id=\"p-\(id)\">\(list.map(HTML.escape).joined(separator: "<br>"))</p>\n"
    }

    private func status(_ value: String) -> String {
        let options = ItemForm.statuses(in: language).map { choice in
            "<option value=\"\(choice.value)\"\(choice.value == value ? " selected" : "")>\(HTML.escape(choice.label))</option>"
        }
        let empty = value.isEmpty ? "<option value=\"\" selected>\(th ? "— เลือก —" : "— choose —")</option>" : ""
        return """
            <label for="f-status">\(th ? "สถานะ" : "Status")</label>
            <select id="f-status" name="status"\(described("status"))>\(empty)\(options.joined())</select>
            \(problemText("status"))
            """
    }

    private func dates(_ values: ItemValues) -> String {
        var hint = th ? "พิมพ์ วัน/เดือน/ปี พ.ศ. เช่น 15/3/2566" : "type day/month/year in the Buddhist Era, e.g. 15/3/2566"
        if let allowed = form.allowed {
            hint +=
                th
                ? " · วันที่ที่ใช้ได้: \(ThaiText.range(allowed.lowerBound, allowed.upperBound, digits: .arabic))"
                : " · allowed: \(BuddhistDateInput.format(allowed.lowerBound)) – \(BuddhistDateInput.format(allowed.upperBound))"
        }
        let coversHint = th ? "ปีงบประมาณ พ.ศ. เช่น 2566 หรือ 2566-2570 (ถ้ามี)" : "fiscal years, e.g. 2566 or 2566-2570 (if any)"
        return field("updated", th ? "วันที่เผยแพร่หรือปรับปรุง (พ.ศ.)" : "Date published or updated (B.E.)", values.updated, hint: hint)
            + field("covers", th ? "ช่วงเวลาที่ครอบคลุม" : "Period covered", values.covers, hint: coversHint)
    }

    func field(_ id: String, _ label: String, _ value: String, hint: String? = nil, name: String? = nil) -> String {
        let hintText = hint.map { "<p class=\"hint\" id=\"h-\(id)\">\(HTML.escape($0))</p>\n" } ?? ""
        return """
            <label for="f-\(id)">\(HTML.escape(label))</label>
            \(hintText)<input type="text" id="f-\(id)" name="\(name ?? id)" value="\(HTML.escape(value))"\(described(id, hint: hint != nil))>
            \(problemText(id))
            """
    }

    /// `title:`, `group:` and element texts, for an item the round's framework does not describe.
    private func definition(_ values: ItemValues) -> String {
        guard form.definesItem else { return "" }
        let legend =
            form.isListed
            ? (th
                ? "ชื่อข้อและองค์ประกอบ เมื่อคู่มือของรอบนี้เขียนต่างจากกรอบ"
                : "Title and elements, when this round's manual words them differently")
            : (th ? "ข้อที่กรอบการประเมินของรอบนี้ยังไม่มี" : "An item this round's framework does not list")
        let hint =
            th
            ? "กรอกตามคู่มือของรอบนี้: ค่าที่กรอกใช้แทนของกรอบ เว้นว่างไว้ถ้าตรงกับกรอบ"
            : "Fill these in from this round's manual: they replace the framework's. Leave them empty when the framework is right."
        return """
            <fieldset><legend>\(legend)</legend><p class="hint">\(HTML.escape(hint))</p>
            \(field("def-title", th ? "ชื่อข้อ (title)" : "Title", values.definitionTitle))\
            \(field("def-group", th ? "ตัวชี้วัดย่อย (group)" : "Sub-indicator (group)", values.definitionGroup))\
            \(area("def-elements", th ? "องค์ประกอบด้านข้อมูล หนึ่งบรรทัดต่อหนึ่งข้อ (elements)" : "Required elements, one per line", values.definitionElements, rows: 4))
            </fieldset>

            """
    }

    private func area(_ id: String, _ label: String, _ value: String, rows: Int) -> String {
        """
        <label for="f-\(id)">\(HTML.escape(label))</label>
        <textarea id="f-\(id)" name="\(id)" rows="\(rows)"\(described(id))>\(HTML.escape(value))</textarea>
        \(problemText(id))
        """
    }

    private func elements(_ values: ItemValues) -> String {
        guard !form.elements.isEmpty else { return "" }
        let legend = th ? "องค์ประกอบด้านข้อมูลที่แสดงแล้ว" : "Required elements shown"
        if values.elementsAreTexts {
            let list = form.elements.map { "<li>\(HTML.escape($0.text))</li>" }.joined()
            return "<h2>\(legend)</h2><ul>\(list)</ul>\n"
        }
        let boxes = form.elements.map { element in
            let checked = values.elements.contains(element.number) ? " checked" : ""
            return """
                <label class="check" for="f-el-\(element.number)"><input type="checkbox" id="f-el-\(element.number)" \
                name="element" value="\(element.number)"\(checked)><span>\(element.number). \(HTML.escape(element.text))</span></label>
                """
        }
        return """
            <fieldset\(described("elements"))><legend>\(legend)</legend>
            <input type="hidden" name="elements-shown" value="1">
            \(boxes.joined(separator: "\n"))
            \(problemText("elements"))</fieldset>

            """
    }
}
