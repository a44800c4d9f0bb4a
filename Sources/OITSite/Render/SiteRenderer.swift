import Foundation

/// Step 3 of the pipeline: renders every agency of a checked project into an output folder.
public struct SiteRenderer {
    let project: Project
    let theme: Theme

    public init(project: Project, theme: Theme) {
        self.project = project
        self.theme = theme
    }

    public func render(into output: OutputFolder, diagnostics: inout Diagnostics) throws {
        let agencies = project.agencies.sorted { $0.slug < $1.slug }
        for agency in agencies {
            let renderer = AgencyRenderer(agency: agency, project: project, theme: theme, output: output)
            try renderer.render(into: &diagnostics)
        }
        try renderIndex(agencies, into: output, &diagnostics)
    }

    /// `index.html` at the top of the output, listing every agency of the build.
    private func renderIndex(_ agencies: [Agency], into output: OutputFolder, _ diagnostics: inout Diagnostics) throws {
        let rows = agencies.map {
            AgencyIndexRow(name: $0.profile.name, place: AgencyRenderer.place(of: $0.profile), href: "\($0.slug)/index.html")
        }
        guard let html = theme.render("agencies", AgencyIndexPage(agencies: rows, root: ""), into: &diagnostics) else { return }
        try output.write(html, to: "index.html")
        for (relative, file) in theme.assets.sorted(by: { $0.key < $1.key }) {
            try output.copy(file, to: "assets/" + relative)
        }
    }
}
