import Foundation
import OITLoad
import OITModel

/// Renders a page's template, wraps it in the layout and writes it, for one agency.
package struct PageWriter {
    package let theme: Theme
    package let output: any PageOutput
    /// The agency's folder inside the output.
    package let folder: String
    package let agency: AgencyView
    package let years: [YearLink]
    package let baseURL: String
    /// Checks every page this writer renders against its template, when set.
    package let audit: TemplateAudit?
    /// `agency` and `years` as template values, shared by every page of the agency.
    private let agencyValue: TemplateValue
    private let yearsValue: TemplateValue

    package init(
        theme: Theme, output: any PageOutput, folder: String, agency: AgencyView, years: [YearLink], baseURL: String,
        audit: TemplateAudit?
    ) {
        self.theme = theme
        self.output = output
        self.folder = folder
        self.agency = agency
        self.years = years
        self.baseURL = baseURL
        self.audit = audit
        agencyValue = TemplateEncoder.encode(agency)
        yearsValue = TemplateEncoder.encode(years)
    }

    /// - Parameter root: overrides the relative prefix of links (the 404 page is served at any depth).
    package func page<Model: PageModel>(
        _ model: Model, at route: Route, root: String? = nil, title: String, description: String,
        crumbs: [Crumb], into diagnostics: inout Diagnostics
    ) throws {
        let root = root ?? String(repeating: "../", count: route.depth)
        let canonical = route.hasCanonicalAddress ? baseURL + route.publicPath : nil
        audit?.audit(Model.template, PageContext(root: root, agency: agency, page: model))
        let context = PageContext.templateValue(root: root, agency: agencyValue, page: model)
        guard let content = theme.render(Model.template, context, into: &diagnostics) else { return }
        var layout = LayoutView(
            title: title, description: description, root: root, canonical: canonical,
            agency: agency, years: years, crumbs: crumbs, hasCrumbs: !crumbs.isEmpty, content: "")
        if let audit {
            layout.content = String(decoding: content, as: UTF8.self)
            audit.audit(LayoutView.template, layout)
        }
        // The page's bytes go into the layout as they are, not decoded into a String and back.
        let value = layout.templateValue(agency: agencyValue, years: yearsValue, content: content)
        guard let html = theme.render(LayoutView.template, value, into: &diagnostics) else { return }
        try output.write(html, to: folder + route.file)
    }

    package func write(_ text: String, to route: Route) throws {
        try output.write(text, to: folder + route.file)
    }

    package func write(_ bytes: [UInt8], to route: Route) throws {
        try output.write(bytes, to: folder + route.file)
    }

    /// Bytes every agency's folder holds alike: see `PageOutput.writeShared`.
    package func writeShared(_ bytes: [UInt8], key: String, to route: Route) throws {
        try output.writeShared(bytes, key: key, to: folder + route.file)
    }

    package func copy(_ source: URL, to route: Route) throws {
        try output.copy(source, to: folder + route.file)
    }
}

/// The path part of a base URL, with slashes at both ends: `https://a.go.th/oit/` → `/oit/`.
package func sitePath(of baseURL: String) -> String {
    let afterScheme = baseURL.components(separatedBy: "://").last ?? baseURL
    let path = afterScheme.drop { $0 != "/" }
    return path.isEmpty ? "/" : (path.hasSuffix("/") ? String(path) : path + "/")
}
