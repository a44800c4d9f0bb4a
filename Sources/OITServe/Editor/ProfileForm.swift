import OITCheck
import OITLoad
import OITModel
import OITRender
import OITSite

/// The agency profile's form (`agency.yaml`), posting the changed fields with the file's SHA-256
/// and the session's token: the text fields, the social links and the logo (`ProfileForm+Links`).
struct ProfileForm {
    var values: ProfileValues
    var links: ProfileLinks
    var problems: [String: [String]]
    var language: Language
    /// The agency's name, for the logo's alt text.
    var name: String

    init(
        profile: AgencyProfile?, problems: [String: [String]], language: Language, values: ProfileValues? = nil,
        links: ProfileLinks? = nil
    ) {
        self.values = values ?? ProfileValues(profile)
        self.links = links ?? ProfileLinks(profile)
        self.problems = problems
        self.language = language
        self.name = profile?.name ?? ""
    }

    /// - Parameter logoHref: where the preview serves the current logo, nil when there is none.
    func html(action: String, token: String, fileHash: String, logoHref: String? = nil) -> String {
        let th = language == .thai
        let inputs = ProfileValues.fields.map { field -> String in
            let id = "f-\(field.key)"
            let problem =
                problems[field.key].map {
                    "<p class=\"problem\" id=\"p-\(field.key)\">\($0.map(HTML.escape).joined(separator: "<br>"))</p>\n"
                } ?? ""
            let described = problems[field.key] != nil ? " aria-describedby=\"p-\(field.key)\" aria-invalid=\"true\"" : ""
            return """
                <label for="\(id)">\(HTML.escape(th ? field.thai : field.english))</label>
                <input type="text" id="\(id)" name="\(field.key)" value="\(HTML.escape(values.values[field.key] ?? ""))"\(described)>
                \(problem)
                """
        }
        return """
            \(EditorFields.style)<form method="post" action="\(HTML.escape(action))" enctype="multipart/form-data" novalidate>
            \(EditorFields.head(token: token, fileHash: fileHash, language: language))\
            \(inputs.joined())\(socialHTML())\(logoHTML(href: logoHref))<p><button type="submit" class="primary">\(th ? "บันทึกข้อมูลหน่วยงาน" : "Save the profile")</button></p>
            </form>

            """
    }
}
