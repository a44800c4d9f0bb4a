import OITCheck
import OITLoad
import OITModel
import OITRender
import OITSite

/// The inputs of the measures and progress forms, each with its label, hint and problems
/// (`aria-describedby`, `aria-invalid`), every value escaped: the item form's patterns for forms
/// made of many entries, whose field ids carry the entry's number (`measure-2-title`).
struct FormFields {
    /// Messages by field id.
    var problems: [String: [String]]
    var language: Language

    var th: Bool { language == .thai }

    /// The ids an input is described by: its hint and its problems.
    func described(_ id: String, hint: Bool = false) -> String {
        var ids: [String] = []
        if hint { ids.append("h-\(id)") }
        if problems[id] != nil { ids.append("p-\(id)") }
        guard !ids.isEmpty else { return "" }
        return " aria-describedby=\"\(ids.joined(separator: " "))\"" + (problems[id] != nil ? " aria-invalid=\"true\"" : "")
    }

    func problemText(_ id: String) -> String {
        guard let list = problems[id] else { return "" }
        return "<p class=\"problem\" id=\"p-\(id)\">\(list.map(HTML.escape).joined(separator: "<br>"))</p>\n"
    }

    private func hintText(_ id: String, _ hint: String?) -> String {
        hint.map { "<p class=\"hint\" id=\"h-\(id)\">\(HTML.escape($0))</p>\n" } ?? ""
    }

    /// A one-line text input; `name` is what it posts as (the id by default).
    func field(_ id: String, _ label: String, _ value: String, name: String? = nil, hint: String? = nil) -> String {
        """
        <label for="f-\(id)">\(HTML.escape(label))</label>
        \(hintText(id, hint))<input type="text" id="f-\(id)" name="\(HTML.escape(name ?? id))" value="\(HTML.escape(value))"\
        \(described(id, hint: hint != nil))>
        \(problemText(id))
        """
    }

    func area(_ id: String, _ label: String, _ value: String, name: String? = nil, rows: Int = 3, hint: String? = nil) -> String {
        """
        <label for="f-\(id)">\(HTML.escape(label))</label>
        \(hintText(id, hint))<textarea id="f-\(id)" name="\(HTML.escape(name ?? id))" rows="\(rows)"\
        \(described(id, hint: hint != nil))>\(HTML.escape(value))</textarea>
        \(problemText(id))
        """
    }

    /// A choice from `options`; `empty` is the label of an unchosen value (nil: none offered).
    func select(
        _ id: String, _ label: String, _ value: String, options: [(value: String, label: String)], name: String? = nil,
        empty: String? = nil
    ) -> String {
        var choices = options.map { choice in
            "<option value=\"\(HTML.escape(choice.value))\"\(choice.value == value ? " selected" : "")>\(HTML.escape(choice.label))</option>"
        }
        if let empty {
            choices.insert("<option value=\"\"\(value.isEmpty ? " selected" : "")>\(HTML.escape(empty))</option>", at: 0)
        }
        return """
            <label for="f-\(id)">\(HTML.escape(label))</label>
            <select id="f-\(id)" name="\(HTML.escape(name ?? id))"\(described(id))>\(choices.joined())</select>
            \(problemText(id))
            """
    }

    /// A submit button that saves the form with `action`.
    func button(_ action: String, _ label: String, primary: Bool = false) -> String {
        "<button type=\"submit\"\(primary ? " class=\"primary\"" : "") name=\"action\" value=\"\(HTML.escape(action))\">\(HTML.escape(label))</button>\n"
    }

    /// Problems whose field the page does not show, above the form.
    func general(except shown: Set<String>) -> String {
        let other = problems.filter { !shown.contains($0.key) }
        guard !other.isEmpty else { return "" }
        let items = other.keys.sorted().flatMap { other[$0] ?? [] }.map { "<li>\(HTML.escape($0))</li>" }
        return "<div class=\"notice warning\" role=\"alert\"><ul>\(items.joined())</ul></div>\n"
    }
}
