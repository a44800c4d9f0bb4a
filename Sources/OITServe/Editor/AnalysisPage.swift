import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender
import OITSite

/// The form of `analysis.yaml`: the threshold, the summary (Markdown, with a preview), the
/// entries (each removable and movable, one new at the end) and the constraints.
struct AnalysisPage {
    var values: AnalysisValues
    var fields: EditorFields
    /// The round the results are of, for the titles of the entries' indicators and questions.
    var framework: Framework?
    var token: String
    var fileHash: String

    var th: Bool { fields.language == .thai }

    func body(notice: String) -> String {
        let threshold = framework.map { String(format: "%g", $0.analysisThreshold) } ?? "80"
        let thresholdHint =
            th
            ? "คะแนนต่ำกว่านี้เป็นจุดอ่อน เว้นว่างไว้เพื่อใช้ค่าของรอบ (\(threshold))"
            : "scores below are weaknesses; leave empty for the round's default (\(threshold))"
        return """
            \(EditorFields.style)\(notice)\(fields.general(known: known))\
            <form method="post" action="\(HTML.escape(fields.action))" enctype="multipart/form-data" novalidate>
            \(EditorFields.head(token: token, fileHash: fileHash, language: fields.language))\
            \(fields.input("threshold", th ? "เกณฑ์คะแนน (threshold)" : "Threshold", values.threshold, hint: thresholdHint, decimal: true))\
            \(fields.markdown("summary", th ? "สรุปการวิเคราะห์ (Markdown)" : "Summary (Markdown)", values.summary, rows: 10))\
            <h2>\(th ? "ประเด็นการวิเคราะห์ (entries)" : "Analysis entries (entries)")</h2>
            <input type="hidden" name="e-count" value="\(values.entries.count)">
            \(values.entries.indices.map(entry).joined())\(newEntry())\
            <h2>\(th ? "ข้อจำกัด (constraints)" : "Constraints (constraints)")</h2>
            \(constraints())<p><button type="submit" class="primary" name="action" value="save">\(th ? "บันทึก" : "Save")</button></p>
            </form>

            """
    }

    /// The ids of the form's fields: any other problem is listed above the form.
    private var known: Set<String> {
        var ids: Set<String> = ["threshold", "summary"]
        for index in values.entries.indices {
            ids.formUnion(["e-\(index)", "e-\(index)-code"] + Self.entryKeys.map { "e-\(index)-\($0)" })
        }
        return ids.union(Constraint.Topic.allCases.map { "c-\($0.rawValue)" })
    }

    static let entryKeys = ["issue", "analysis", "steps", "period", "unit", "measure"]

    private func entry(_ index: Int) -> String {
        let entry = values.entries[index]
        let number = index + 1
        let up = index > 0 ? move("up-\(index)", th ? "เลื่อนขึ้น" : "Move up", number) : ""
        let down = index < values.entries.count - 1 ? move("down-\(index)", th ? "เลื่อนลง" : "Move down", number) : ""
        let origin = entry.origin.map(String.init) ?? ""
        return """
            <fieldset class="evidence" id="e-\(index)"\(fields.described("e-\(index)"))>
            <legend>\(th ? "ประเด็นที่" : "Entry") \(number)</legend>\(fields.problemText("e-\(index)"))
            <input type="hidden" name="e-\(index)-origin" value="\(origin)">
            \(entryFields(entry, prefix: "e-\(index)-"))\
            <label class="check" for="f-e-\(index)-remove"><input type="checkbox" id="f-e-\(index)-remove" \
            name="e-\(index)-remove" value="1"><span>\(th ? "ลบประเด็นนี้เมื่อบันทึก" : "Remove this entry on save")</span></label>
            \(up)\(down)</fieldset>

            """
    }

    private func newEntry() -> String {
        """
        <fieldset class="evidence" id="e-new"><legend>\(th ? "เพิ่มประเด็น" : "Add an entry")</legend>
        <p class="hint">\(th ? "กรอกเมื่อต้องการเพิ่ม ประเด็นใหม่จะต่อท้ายเมื่อบันทึก" : "Fill in to add an entry; it goes last when saved.")</p>
        \(entryFields(AnalysisValues.Entry(), prefix: "e-new-"))</fieldset>

        """
    }

    /// An entry's subject (kind and code, with the framework's title), then its documented fields.
    private func entryFields(_ entry: AnalysisValues.Entry, prefix: String) -> String {
        let kinds = [
            ("", th ? "ภาพรวม" : "the whole"), ("indicator", th ? "ตัวชี้วัด" : "indicator"),
            ("question", th ? "ข้อคำถาม" : "question"),
        ]
        let options = kinds.map { value, label in
            "<option value=\"\(value)\"\(value == entry.kind ? " selected" : "")>\(HTML.escape(label))</option>"
        }.joined()
        let select = """
            <label for="f-\(prefix)kind">\(th ? "เรื่องของประเด็น" : "About")</label>
            <select id="f-\(prefix)kind" name="\(prefix)kind">\(options)</select>

            """
        let codeHint =
            title(entry).map { (th ? "ตามกรอบการประเมิน: " : "in the framework: ") + $0 }
            ?? (th
                ? "เลขตัวชี้วัด เช่น 1 หรือ 9.4 หรือรหัสข้อคำถาม เช่น i3"
                : "an indicator number, e.g. 1 or 9.4, or a question code, e.g. i3")
        return select
            + fields.input(
                "\(prefix)code", th ? "เลขตัวชี้วัดหรือรหัสข้อคำถาม" : "Indicator number or question code",
                entry.code, hint: codeHint)
            + fields.input("\(prefix)issue", th ? "ประเด็น (issue)" : "Issue", entry.issue)
            + fields.markdown(
                "\(prefix)analysis", th ? "ผลการวิเคราะห์ (Markdown)" : "Analysis (Markdown)", entry.analysis, rows: 4)
            + fields.area(
                "\(prefix)steps", th ? "แนวทาง (steps)" : "Steps", entry.steps, rows: 3,
                hint: th ? "บรรทัดละหนึ่งแนวทาง" : "one step per line")
            + fields.input("\(prefix)period", th ? "ระยะเวลา (period)" : "Period", entry.period)
            + fields.input("\(prefix)unit", th ? "หน่วยงานที่รับผิดชอบ (unit)" : "Responsible unit", entry.unit)
            + fields.input(
                "\(prefix)measure", th ? "มาตรการของปีถัดไป (measure) เช่น M1" : "Measure of the next year (measure), e.g. M1",
                entry.measure)
    }

    /// The framework's name of the entry's indicator or text of its question, when it has one.
    private func title(_ entry: AnalysisValues.Entry) -> String? {
        guard let framework else { return nil }
        switch entry.kind {
        case "indicator": return Int(entry.code).flatMap(framework.indicator)?.name ?? framework.group(entry.code)?.name
        case "question": return framework.question(entry.code).map { "\($0.code) \($0.text)" }
        default: return nil
        }
    }

    private func constraints() -> String {
        let names: [Constraint.Topic: (String, String)] = [
            .staff: ("บุคลากร (staff)", "Staff"), .budget: ("งบประมาณ (budget)", "Budget"),
            .technology: ("เทคโนโลยี (technology)", "Technology"), .area: ("พื้นที่ (area)", "Area"),
            .economy: ("เศรษฐกิจ/สังคม (economy)", "Economy and society"),
        ]
        return Constraint.Topic.allCases.map { topic in
            let label = names[topic].map { th ? $0.0 : $0.1 } ?? topic.rawValue
            return fields.markdown("c-\(topic.rawValue)", label, values.constraints[topic.rawValue] ?? "", rows: 3)
        }.joined()
    }

    private func move(_ value: String, _ label: String, _ number: Int) -> String {
        "<button type=\"submit\" name=\"action\" value=\"\(value)\">\(HTML.escape(label)) (\(number))</button>\n"
    }
}
