import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender

/// The end of a build that rendered: the agencies' render messages, the site index when its rows
/// changed, and the cache of this build (what `IncrementalBuild` writes last, before it moves the
/// staged output in).
struct BuildCommit {
    let plan: BuildPlan
    /// What each built agency's job left, by agency index.
    let done: [Int: AgencyJobs.Done]
    /// Each agency's `BuildFingerprint.Stats`, by agency index.
    let stats: [BuildFingerprint.Stats]
    /// `BuildFingerprint.site` of this build.
    let site: String
    let stage: AgencyJobs.Stage

    /// The cache of this build, and whether the index page and shared assets were written again.
    /// Adds the render messages (after every agency's load and check messages) and the index
    /// page's to `diagnostics`; throws what stopped writing.
    func stageIndex(_ diagnostics: inout Diagnostics) throws -> (cache: BuildCache, indexChanged: Bool) {
        for index in plan.toBuild {
            if let rendered = done[index]?.rendered { diagnostics.append(contentsOf: try rendered.get()) }
        }
        let rows = self.rows()
        let indexChanged = plan.rewritesIndex(rows: rows)
        var indexFindings = plan.previous?.indexFindings ?? []
        var topLevel = plan.previous?.files ?? []
        if indexChanged {
            let audit = TemplateAudit(sources: stage.templates)
            topLevel = try stage.renderer.renderIndex(rows, audit: audit, into: stage.output, &diagnostics)
            topLevel += try stage.renderer.copySharedAssets(into: stage.output)
            indexFindings = audit.findings
        }
        return (cache(rows: rows, topLevel: topLevel, indexFindings: indexFindings), indexChanged)
    }

    /// The site index's rows, in agency order: a kept agency's from the cache, a built one's from its job.
    private func rows() -> [BuildPlan.Row] {
        plan.agencies.indices.map { index in
            let agency = plan.agencies[index]
            if let kept = agency.kept { return (agency.slug, kept.name, kept.place) }
            // An agency that could not be loaded has an error, and a build with an error stops before this.
            guard let row = done[index]?.row else { preconditionFailure("agency \(agency.slug) reached the index unloaded") }
            return (agency.slug, row.name, row.place)
        }
    }

    /// Fresh entries for the built agencies (their files counted in the staging folder); the kept
    /// ones as they were, with their stats taken again.
    private func cache(rows: [BuildPlan.Row], topLevel: [String], indexFindings: [TemplateAudit.Finding]) -> BuildCache {
        var entries: [String: BuildCache.Agency] = [:]
        for (index, agency) in plan.agencies.enumerated() {
            if var entry = agency.kept {
                entry.stats = stats[index].hash
                entry.entries = stats[index].entries
                entries[agency.slug] = entry
                continue
            }
            let job = done[index]
            let count = stage.output.count(under: agency.slug)
            entries[agency.slug] = BuildCache.Agency(
                fingerprint: agency.fingerprint, stats: stats[index].hash, entries: stats[index].entries,
                name: rows[index].name, place: rows[index].place,
                diagnostics: (job?.diagnostics.all ?? []).map(DiagnosticRecord.init),
                fileCount: count.files, pageCount: count.pages, audited: job?.audit != nil,
                findings: job?.audit?.findings ?? [])
        }
        return BuildCache(site: site, agencies: entries, files: topLevel.sorted(), indexFindings: indexFindings)
    }
}
