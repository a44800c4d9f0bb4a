import Foundation
import OITCheck
import OITLoad
import OITModel

/// Step 3 of the pipeline: renders every agency of a checked project into an output folder.
public struct SiteRenderer: Sendable {
    package let project: Project
    package let assessment: Assessment
    package let theme: Theme
    package let audit: TemplateAudit?
    /// Audit every agency's pages rather than the first agency's only.
    package let auditEveryAgency: Bool

    /// - Parameter audit: checks rendered pages against their templates: every page of the first
    ///   agency (the same pages every run), or of every agency with `auditEveryAgency`.
    public init(
        project: Project, assessment: Assessment, theme: Theme, audit: TemplateAudit? = nil,
        auditEveryAgency: Bool = false
    ) {
        self.project = project
        self.assessment = assessment
        self.theme = theme
        self.audit = audit
        self.auditEveryAgency = auditEveryAgency
    }

    /// A renderer of chosen agencies, each with its own assessment (an incremental build).
    package init(theme: Theme) {
        self.init(project: Project(frameworks: [:], agencies: []), assessment: Assessment(), theme: theme)
    }

    /// One agency to render: its checked content and, when its pages are to be audited, the audit.
    package struct Job: Sendable {
        package var agency: Agency
        package var assessment: Assessment
        package var audit: TemplateAudit?

        package init(agency: Agency, assessment: Assessment, audit: TemplateAudit? = nil) {
            self.agency = agency
            self.assessment = assessment
            self.audit = audit
        }
    }

    /// Agencies are independent, so they render in parallel; their diagnostics are merged in
    /// agency order so that messages and output stay the same from run to run.
    package func render(into output: any PageOutput, diagnostics: inout Diagnostics) throws {
        let agencies = project.agencies.sorted { $0.slug < $1.slug }
        let jobs = agencies.enumerated().map { index, agency in
            Job(agency: agency, assessment: assessment, audit: index == 0 || auditEveryAgency ? audit : nil)
        }
        for own in try render(jobs, into: output) { diagnostics.append(contentsOf: own) }
        try renderIndex(Self.indexRows(agencies), audit: audit, into: output, &diagnostics)
        try copySharedAssets(into: output)
    }

    /// Renders `jobs` in parallel, calling `finished` (from any thread) as each agency is done;
    /// returns each job's diagnostics, in job order.
    package func render(_ jobs: [Job], into output: any PageOutput, finished: @Sendable (Int) -> Void = { _ in }) throws
        -> [Diagnostics]
    {
        // The theme's assets go into every agency's folder: read (and checked) once.
        let assets = try sharedAssets(output)
        let results = ConcurrentResults<Result<Diagnostics, Error>>(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            results[index] = Result { try render(jobs[index], assets: assets, into: output) }
            finished(index)
        }
        return try results.filled.map { try $0.get() }
    }

    /// Renders one agency; returns its diagnostics.
    /// - Parameter assets: `sharedAssets(output)`, read once for every agency.
    package func render(_ job: Job, assets: [(String, [UInt8])], into output: any PageOutput) throws -> Diagnostics {
        var own = Diagnostics()
        let renderer = AgencyRenderer(
            agency: job.agency, assessment: job.assessment, theme: theme, output: output, audit: job.audit, assets: assets)
        try renderer.render(into: &own)
        return own
    }

    /// The site index's row of each agency, in agency order.
    package static func indexRows(_ agencies: [Agency]) -> [(slug: String, name: String, place: String)] {
        agencies.map { ($0.slug, $0.profile.name, AgencyRenderer.place(of: $0.profile)) }
    }

    /// The page at the top of the output, listing every agency of the build; returns the path
    /// it wrote (none when the template is missing).
    @discardableResult
    package func renderIndex(
        _ rows: [(slug: String, name: String, place: String)], audit: TemplateAudit?, into output: any PageOutput,
        _ diagnostics: inout Diagnostics
    ) throws -> [String] {
        let rows = rows.map { AgencyIndexPage.Row(name: $0.name, place: $0.place, href: Route.home.href(inAgency: $0.slug)) }
        let page = AgencyIndexPage(agencies: rows, root: "")
        guard let html = theme.renderUTF8(AgencyIndexPage.template, page, audit: audit, into: &diagnostics) else { return [] }
        try output.write(html, to: Route.siteIndexFile)
        return [Route.siteIndexFile]
    }

    /// The theme's assets at the top of the output, for the index page; returns the paths written.
    @discardableResult
    package func copySharedAssets(into output: any PageOutput) throws -> [String] {
        try sharedAssets(output).map { relative, bytes in
            let path = Route.asset(relative).file
            try output.write(bytes, to: path)
            return path
        }
    }

    /// The theme's assets with their bytes, read from inside the folders the build may publish.
    package func sharedAssets(_ output: any PageOutput) throws -> [(String, [UInt8])] {
        try theme.assets.sorted(by: { $0.key < $1.key }).map { ($0.key, try output.read($0.value)) }
    }
}
