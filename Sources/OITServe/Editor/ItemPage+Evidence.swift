import OITCheck
import OITLoad
import OITModel
import OITRender
import OITSite

extension ItemPage {
    /// The evidence list: each entry's title and address (or its file), remove and move buttons that
    /// save the form, then a new entry by address or by uploading a file.
    func evidence(_ list: [ItemValues.Evidence]) -> String {
        let entries = list.enumerated().map { index, entry in
            let id = "evidence-\(index)"
            let number = index + 1
            let target =
                entry.file.isEmpty
                ? field("\(id)-url", th ? "ที่อยู่เว็บ (URL)" : "Web address (URL)", entry.url, name: "ev-\(index)-url")
                : "<p>\(th ? "ไฟล์" : "File"): <code>\(HTML.escape(entry.file))</code></p>\n"
                    + "<input type=\"hidden\" name=\"ev-\(index)-file\" value=\"\(HTML.escape(entry.file))\">\n"
            let up = index > 0 ? button("up-\(index)", th ? "เลื่อนขึ้น" : "Move up", number) : ""
            let down = index < list.count - 1 ? button("down-\(index)", th ? "เลื่อนลง" : "Move down", number) : ""
            return """
                <fieldset class="evidence" id="\(id)"\(problems[id] != nil ? " aria-describedby=\"p-\(id)\"" : "")>
                <legend>\(th ? "หลักฐานที่" : "Evidence") \(number)</legend>
                \(field("\(id)-title", th ? "ชื่อหลักฐาน" : "Title", entry.title, name: "ev-\(index)-title"))\(target)\
                <label class="check" for="f-\(id)-remove"><input type="checkbox" id="f-\(id)-remove" name="ev-\(index)-remove" \
                value="1"><span>\(th ? "ลบหลักฐานนี้เมื่อบันทึก" : "Remove this evidence on save")</span></label>
                \(up)\(down)\(problemBlock(id))</fieldset>

                """
        }
        let uploadHint =
            th
            ? "PDF รูปภาพ (PNG JPEG GIF WebP) หรือเอกสาร Office ไม่เกินขนาดที่กำหนด ไฟล์จะอยู่ในโฟลเดอร์ files/ ของปีนี้"
            : "PDF, an image (PNG, JPEG, GIF, WebP) or an Office document within the size limit; it goes into this year's files/ folder"
        return """
            <h2>\(th ? "หลักฐาน" : "Evidence")</h2>
            <input type="hidden" name="ev-count" value="\(list.count)">
            \(entries.joined())<fieldset class="evidence" id="evidence-new"><legend>\(th ? "เพิ่มหลักฐาน" : "Add evidence")</legend>
            \(field("evidence-new-title", th ? "ชื่อหลักฐาน" : "Title", "", name: "ev-new-title"))\
            \(field("evidence-new", th ? "ที่อยู่เว็บ (URL)" : "Web address (URL)", "", name: "ev-new-url"))\
            <label for="f-upload">\(th ? "หรืออัปโหลดไฟล์" : "or upload a file")</label>
            <p class="hint" id="h-upload">\(HTML.escape(uploadHint))</p>
            <input type="file" id="f-upload" name="upload" aria-describedby="h-upload\(problems["upload"] != nil ? " p-upload" : "")">
            \(problemBlock("upload"))</fieldset>

            """
    }

    private func button(_ value: String, _ label: String, _ number: Int) -> String {
        "<button type=\"submit\" name=\"action\" value=\"\(value)\">\(HTML.escape(label)) (\(number))</button>\n"
    }

    private func problemBlock(_ id: String) -> String {
        guard let list = problems[id] else { return "" }
        return "<p class=\"problem\" id=\"p-\(id)\">\(list.map(HTML.escape).joined(separator: "<br>"))</p>\n"
    }
}
