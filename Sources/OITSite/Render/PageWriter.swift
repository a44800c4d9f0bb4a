import Foundation

/// Renders a page's template, wraps it in the layout and writes it, for one agency.
struct PageWriter {
    let theme: Theme
    let output: OutputFolder
    /// The agency's folder inside the output.
    let folder: String
    let agency: AgencyView
    let years: [YearLink]
    let baseURL: String
    /// Checks every page this writer renders against its template, when set.
    let audit: TemplateAudit?

    /// - Parameter path: the page's folder relative to the agency root ("" for the home page,
    ///   "2566/o12/" for an item); the file is `index.html` in it unless `file` is given.
    /// - Parameter root: overrides the relative prefix of links (the 404 page is served at any depth).
    func page(_ template: String, _ model: Any, path: String, file: String = "index.html", root: String? = nil, title: String,
              description: String, crumbs: [Crumb], into diagnostics: inout Diagnostics) throws {
        let root = root ?? String(repeating: "../", count: path.split(separator: "/").count)
        let context = PageContext(root: root, agency: agency, page: model)
        guard let content = theme.render(template, context, audit: audit, into: &diagnostics) else { return }
        let layout = LayoutView(title: title, description: description, root: root,
                                canonical: baseURL + path + (file == "index.html" ? "" : file),
                                agency: agency, years: years, crumbs: crumbs, hasCrumbs: !crumbs.isEmpty, content: content)
        guard let html = theme.render("layout", layout, audit: audit, into: &diagnostics) else { return }
        try output.write(html, to: folder + path + file)
    }

    func write(_ text: String, to path: String) throws {
        try output.write(text, to: folder + path)
    }

    func copy(_ source: URL, to path: String) throws {
        try output.copy(source, to: folder + path)
    }
}

/// The path part of a base URL, with slashes at both ends: `https://a.go.th/oit/` → `/oit/`.
func sitePath(of baseURL: String) -> String {
    let afterScheme = baseURL.components(separatedBy: "://").last ?? baseURL
    let path = afterScheme.drop { $0 != "/" }
    return path.isEmpty ? "/" : (path.hasSuffix("/") ? String(path) : path + "/")
}

/// What a page template sees: its own model under `page`, plus `root` and `agency`.
struct PageContext {
    var root: String
    var agency: AgencyView
    var page: Any
}
