import OITCheck
import OITLoad
import OITModel
import OITRender
import OITSite

/// The inputs of the results and analysis forms: each labelled, described by its hint and its
/// problems (`aria-describedby`, `aria-invalid`), every value escaped. A Markdown field has a
/// preview button that posts the form back to itself: the page comes back with the values as
/// typed and the text rendered below the field by the build's own `Markdown.html`, nothing saved.
struct EditorFields {
    /// Messages by field id.
    var problems: [String: [String]]
    var language: Language
    /// Where the form posts (the preview button posts there too, to the preview's place).
    var action: String
    /// The field whose preview was asked for, and its text.
    var preview: (id: String, text: String)?

    var th: Bool { language == .thai }

    /// The plain inputs, shared with the measures and progress forms.
    private var plain: FormFields { FormFields(problems: problems, language: language) }

    /// The ids an input is described by: its hint and its problems.
    func described(_ id: String, hint: Bool = false) -> String { plain.described(id, hint: hint) }

    func problemText(_ id: String) -> String { plain.problemText(id) }

    /// A one-line input; `decimal` asks a phone for its number keyboard.
    func input(_ id: String, _ label: String, _ value: String, hint: String? = nil, decimal: Bool = false) -> String {
        let hintText = hint.map { "<p class=\"hint\" id=\"h-\(HTML.escape(id))\">\(HTML.escape($0))</p>\n" } ?? ""
        let mode = decimal ? " inputmode=\"decimal\"" : ""
        return """
            <label for="f-\(HTML.escape(id))">\(HTML.escape(label))</label>
            \(hintText)<input type="text" id="f-\(HTML.escape(id))" name="\(HTML.escape(id))" value="\(HTML.escape(value))"\
            \(mode)\(described(id, hint: hint != nil))>
            \(problemText(id))
            """
    }

    /// A plain textarea (not Markdown).
    func area(_ id: String, _ label: String, _ value: String, rows: Int, hint: String? = nil) -> String {
        plain.area(id, label, value, rows: rows, hint: hint)
    }

    /// A Markdown textarea, its preview button, and the preview when it was asked for.
    func markdown(_ id: String, _ label: String, _ value: String, rows: Int) -> String {
        area(id, label, value, rows: rows) + Self.previewControls(id: id, action: action, language: language, preview: preview)
    }

    /// The preview button of the Markdown field `id` and, when this field's preview was asked
    /// for, its text as the site shows it. The button posts to `#v-<id>` so the page returns at it.
    static func previewControls(id: String, action: String, language: Language, preview: (id: String, text: String)?) -> String {
        let th = language == .thai
        let button = """
            <button type="submit" name="action" value="preview-\(HTML.escape(id))" \
            formaction="\(HTML.escape(action))#v-\(HTML.escape(id))">\(th ? "ดูตัวอย่าง" : "Preview")</button>

            """
        guard let preview, preview.id == id else { return button }
        let heading = th ? "ตัวอย่างที่จะแสดงบนเว็บไซต์ (ยังไม่ได้บันทึก)" : "As the site will show it (not saved yet)"
        return button + """
            <section class="preview" id="v-\(HTML.escape(id))" aria-labelledby="v-\(HTML.escape(id))-h">
            <h2 id="v-\(HTML.escape(id))-h">\(HTML.escape(heading))</h2>
            <div class="rendered">\(Markdown.html(preview.text))</div></section>

            """
    }

    /// Problems that belong to no field of the form, above it.
    func general(known: Set<String>) -> String {
        let other = problems.filter { !known.contains($0.key) }
        guard !other.isEmpty else { return "" }
        let items = other.keys.sorted().flatMap { other[$0] ?? [] }.map { "<li>\(HTML.escape($0))</li>" }
        return "<div class=\"notice warning\" role=\"alert\"><ul>\(items.joined())</ul></div>\n"
    }

    /// The hidden fields every save carries, and the default button: Enter in a text field saves
    /// (the browser presses the form's first submit button, which would otherwise be a preview
    /// or move button).
    static func head(token: String, fileHash: String, language: Language) -> String {
        """
        <input type="hidden" name="token" value="\(HTML.escape(token))">
        <input type="hidden" name="sha" value="\(HTML.escape(fileHash))">
        <button type="submit" name="action" value="save" class="default" tabindex="-1" aria-hidden="true">\
        \(language == .thai ? "บันทึก" : "Save")</button>

        """
    }
}

extension EditorFields {
    /// The rules the results and analysis forms add to `EditorPage.style`: the preview's frame
    /// and the default button kept out of sight (and out of the tab order).
    static let style = """
        <style>.default{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}\
        .preview{border:1px solid #999;border-left:4px solid #0645ad;padding:.25rem 1rem;margin:.5rem 0}\
        .preview h2{font-size:1rem;margin:.25rem 0}.scores{display:grid;grid-template-columns:repeat(auto-fill,minmax(14rem,1fr));\
        gap:0 1rem}.scores label{font-weight:normal}</style>

        """
}
