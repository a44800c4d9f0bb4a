import OITModel
import OITRender
import OITSite

extension ProgressPage {
    /// An entry's file upload, as the item form's: the title typed under "add evidence" names it,
    /// and it goes into the year's `files/` folder.
    func upload(id: String, name: String) -> String {
        let hint =
            th
            ? "หรืออัปโหลดไฟล์ (PDF รูปภาพ หรือเอกสาร Office ไม่เกินขนาดที่กำหนด) ไฟล์จะอยู่ในโฟลเดอร์ files/ ของปีนี้"
            : "or upload a file (PDF, an image or an Office document within the size limit); it goes into this year's files/ folder"
        return """
            <label for="f-\(id)-upload">\(th ? "เพิ่มหลักฐาน: อัปโหลดไฟล์" : "Add evidence: upload a file")</label>
            <p class="hint" id="h-\(id)-upload">\(HTML.escape(hint))</p>
            <input type="file" id="f-\(id)-upload" name="\(name)upload"\(fields.described("\(id)-upload", hint: true))>
            \(fields.problemText("\(id)-upload"))
            """
    }
}
