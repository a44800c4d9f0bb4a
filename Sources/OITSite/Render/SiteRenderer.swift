import Foundation

/// Step 3 of the pipeline: renders every agency of a checked project into an output folder.
public struct SiteRenderer: Sendable {
    let project: Project
    let assessment: Assessment
    let theme: Theme
    let audit: TemplateAudit?
    /// Audit every agency's pages rather than the first agency's only.
    let auditEveryAgency: Bool

    /// - Parameter audit: checks rendered pages against their templates: every page of the first
    ///   agency (the same pages every run), or of every agency with `auditEveryAgency`.
    public init(project: Project, assessment: Assessment, theme: Theme, audit: TemplateAudit? = nil,
                auditEveryAgency: Bool = false) {
        self.project = project
        self.assessment = assessment
        self.theme = theme
        self.audit = audit
        self.auditEveryAgency = auditEveryAgency
    }

    /// Agencies are independent, so they render in parallel; their diagnostics are merged in
    /// agency order so that messages and output stay the same from run to run.
    public func render(into output: OutputFolder, diagnostics: inout Diagnostics) throws {
        let agencies = project.agencies.sorted { $0.slug < $1.slug }
        // The theme's assets go into every agency's folder: read (and checked) once.
        let assets = try theme.assets.sorted(by: { $0.key < $1.key }).map { ($0.key, try output.read($0.value)) }
        let results = ConcurrentResults<Result<Diagnostics, Error>>(count: agencies.count)
        DispatchQueue.concurrentPerform(iterations: agencies.count) { index in
            var own = Diagnostics()
            let renderer = AgencyRenderer(agency: agencies[index], assessment: assessment, theme: theme, output: output,
                                          audit: index == 0 || auditEveryAgency ? audit : nil, assets: assets)
            results[index] = Result { try renderer.render(into: &own); return own }
        }
        for result in results.values {
            diagnostics.append(contentsOf: try result!.get())
        }
        try renderIndex(agencies, assets: assets, into: output, &diagnostics)
    }

    /// The page at the top of the output, listing every agency of the build.
    private func renderIndex(_ agencies: [Agency], assets: [(String, [UInt8])], into output: OutputFolder,
                             _ diagnostics: inout Diagnostics) throws {
        let rows = agencies.map {
            AgencyIndexPage.Row(name: $0.profile.name, place: AgencyRenderer.place(of: $0.profile),
                                href: Route.home.href(inAgency: $0.slug))
        }
        let page = AgencyIndexPage(agencies: rows, root: "")
        guard let html = theme.renderUTF8(AgencyIndexPage.template, page, audit: audit, into: &diagnostics) else { return }
        try output.write(html, to: Route.siteIndexFile)
        for (relative, bytes) in assets {
            try output.write(bytes, to: Route.asset(relative).file)
        }
    }
}
