import OITModel
import OITRender
import OITSite

extension ProfileForm {
    /// The social links: each one's name and address, remove and move buttons that save the form,
    /// then a new link.
    func socialHTML() -> String {
        let th = language == .thai
        let list = links.social
        let entries = list.enumerated().map { index, link in
            let id = "social-\(index)"
            let number = index + 1
            let up = index > 0 ? move("social-up-\(index)", th ? "เลื่อนขึ้น" : "Move up", number) : ""
            let down = index < list.count - 1 ? move("social-down-\(index)", th ? "เลื่อนลง" : "Move down", number) : ""
            return """
                <fieldset class="evidence" id="\(id)"\(problems[id] != nil ? " aria-describedby=\"p-\(id)\"" : "")>
                <legend>\(th ? "ช่องทางที่" : "Link") \(number)</legend>
                \(input("\(id)-name", th ? "ชื่อช่องทาง" : "Name", link.name))\
                \(input("\(id)-url", th ? "ที่อยู่เว็บ (URL)" : "Web address (URL)", link.url))\
                <label class="check" for="f-\(id)-remove"><input type="checkbox" id="f-\(id)-remove" name="\(id)-remove" \
                value="1"><span>\(th ? "ลบช่องทางนี้เมื่อบันทึก" : "Remove this link on save")</span></label>
                \(up)\(down)\(problemBlock(id))</fieldset>

                """
        }
        return """
            <h3>\(th ? "ช่องทางออนไลน์ (social)" : "Social links (social)")</h3>
            <input type="hidden" name="social-count" value="\(list.count)">
            \(entries.joined())<fieldset class="evidence" id="social-new"\(problems["social-new"] != nil ? " aria-describedby=\"p-social-new\"" : "")>
            <legend>\(th ? "เพิ่มช่องทาง" : "Add a link")</legend>
            \(input("social-new-name", th ? "ชื่อช่องทาง เช่น Facebook" : "Name, e.g. Facebook", ""))\
            \(input("social-new-url", th ? "ที่อยู่เว็บ (URL)" : "Web address (URL)", ""))\
            \(problemBlock("social-new"))</fieldset>

            """
    }

    /// The current logo as an image with its file name, a box to remove it, and an upload.
    func logoHTML(href: String?) -> String {
        let th = language == .thai
        var current = "<p>\(th ? "ยังไม่มีโลโก้" : "No logo yet")</p>\n"
        if !links.logo.isEmpty {
            let alt = th ? "โลโก้ของ\(name)" : "Logo of \(name)"
            let image =
                href.map { "<img class=\"logo\" src=\"\(HTML.escape($0))\" alt=\"\(HTML.escape(alt))\" height=\"96\">\n" } ?? ""
            current = """
                \(image)<p>\(th ? "ไฟล์" : "File"): <code>\(HTML.escape(links.logo))</code></p>
                <input type="hidden" name="logo-current" value="\(HTML.escape(links.logo))">
                <label class="check" for="f-logo-remove"><input type="checkbox" id="f-logo-remove" name="logo-remove" value="1">\
                <span>\(th ? "นำโลโก้ออกเมื่อบันทึก (ไฟล์ยังอยู่ในโฟลเดอร์)" : "Remove the logo on save (the file stays in the folder)")</span></label>

                """
        }
        let hint =
            th
            ? "รูป PNG JPEG หรือ WebP ไม่เกินขนาดที่กำหนด (ไม่รับ SVG เพราะใส่สคริปต์ได้) ไฟล์จะอยู่ในโฟลเดอร์ของหน่วยงาน"
            : "A PNG, JPEG or WebP image within the size limit (no SVG, which can carry script); it goes into the agency folder"
        let described = "h-logo" + (problems["logo"] != nil ? " p-logo" : "")
        return """
            <h3>\(th ? "โลโก้ (logo)" : "Logo (logo)")</h3>
            \(current)<label for="f-logo">\(th ? "อัปโหลดโลโก้ใหม่" : "Upload a new logo")</label>
            <p class="hint" id="h-logo">\(HTML.escape(hint))</p>
            <input type="file" id="f-logo" name="logo" accept="image/png,image/jpeg,image/webp" aria-describedby="\(described)">
            \(problemBlock("logo"))
            """
    }

    private func input(_ id: String, _ label: String, _ value: String) -> String {
        """
        <label for="f-\(id)">\(HTML.escape(label))</label>
        <input type="text" id="f-\(id)" name="\(id)" value="\(HTML.escape(value))">

        """
    }

    private func move(_ value: String, _ label: String, _ number: Int) -> String {
        "<button type=\"submit\" name=\"action\" value=\"\(value)\">\(HTML.escape(label)) (\(number))</button>\n"
    }

    private func problemBlock(_ id: String) -> String {
        guard let list = problems[id] else { return "" }
        return "<p class=\"problem\" id=\"p-\(id)\">\(list.map(HTML.escape).joined(separator: "<br>"))</p>\n"
    }
}
