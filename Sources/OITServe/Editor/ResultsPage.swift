import OITCheck
import OITLoad
import OITModel
import OITRender
import OITSite

/// The form of `results.yaml`: a field per score the round names, each labelled with its number
/// or code and title, then the figures the agency was told. Scores are typed as text (Thai digits
/// accepted) and checked on the server, so the refusal shows beside the field.
struct ResultsPage {
    var form: ResultsForm
    var fields: EditorFields
    var token: String
    var fileHash: String

    var th: Bool { fields.language == .thai }

    func body(notice: String) -> String {
        let sections = ResultsForm.Section.allCases.map(section).joined()
        return """
            \(EditorFields.style)\(notice)\(fields.general(known: Set(form.fields.map(\.path) + ResultsForm.Section.allCases.map(\.rawValue))))\
            <form method="post" action="\(HTML.escape(fields.action))" enctype="multipart/form-data" novalidate>
            \(EditorFields.head(token: token, fileHash: fileHash, language: fields.language))\
            <p class="hint">\(HTML.escape(hint))</p>
            \(sections)<p><button type="submit" class="primary" name="action" value="save">\(th ? "บันทึก" : "Save")</button></p>
            </form>

            """
    }

    private var hint: String {
        th
            ? "คะแนน 0–100 เช่น 88.05 (พิมพ์เลขไทยได้) เว้นว่างไว้เมื่อไม่ทราบ คะแนนรวม ระดับ และผลการประเมินคำนวณจากคะแนนรายตัวชี้วัด"
            : "Scores 0–100, e.g. 88.05 (Thai digits accepted); leave empty when not known. The overall score, grade and label are computed from the indicator scores."
    }

    private func section(_ section: ResultsForm.Section) -> String {
        let list = form.fields.filter { $0.section == section }
        guard !list.isEmpty else { return "" }
        let inputs = list.map { field in
            fields.input(field.path, label(field), form.values[field.path] ?? "", decimal: field.numeric)
        }
        return """
            <fieldset id="s-\(section.rawValue)"\(fields.described(section.rawValue))><legend>\(HTML.escape(legend(section)))</legend>
            \(fields.problemText(section.rawValue))<div class="scores">
            \(inputs.map { "<div>\($0)</div>" }.joined(separator: "\n"))
            </div></fieldset>

            """
    }

    private func legend(_ section: ResultsForm.Section) -> String {
        switch section {
        case .indicators: return th ? "คะแนนรายตัวชี้วัด (indicators)" : "Indicator scores (indicators)"
        case .tools:
            return th
                ? "คะแนนรายเครื่องมือ (tools) ใช้เฉพาะเมื่อไม่ทราบคะแนนรายตัวชี้วัด"
                : "Tool scores (tools), used only where the indicator scores are not known"
        case .questions: return th ? "คะแนนรายข้อคำถาม (questions)" : "Question scores (questions)"
        case .stated: return th ? "ตัวเลขที่หน่วยงานได้รับแจ้ง (stated)" : "Figures as the agency was told them (stated)"
        }
    }

    private func label(_ field: ResultsForm.Field) -> String {
        let title = field.title.isEmpty ? "" : " " + field.title
        switch (field.section, field.code) {
        case (.indicators, _): return (th ? "ตัวชี้วัดที่ " : "Indicator ") + field.code + title
        case (.stated, "overall"): return th ? "คะแนนรวม" : "Overall score"
        case (.stated, "grade"): return th ? "ระดับ (AA–F)" : "Grade (AA–F)"
        case (.stated, "label"): return th ? "ผลการประเมิน (เช่น ผ่าน)" : "Result label (e.g. ผ่าน)"
        case (.stated, _): return (th ? "คะแนน " : "Score ") + field.code
        default: return field.code + title
        }
    }
}
