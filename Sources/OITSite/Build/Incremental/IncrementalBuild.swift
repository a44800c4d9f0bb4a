import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender
import OITWrite

/// One run of `SiteBuilder.build` once the output folder was accepted: load → check → render →
/// write, for only the agencies whose files changed since the build in the output folder.
///
/// Its stages, each a named piece of this folder (`README.md` tells the whole story):
/// 1. `BuildInputs`: the listing, the frameworks, the previous cache and every fingerprint;
/// 2. `BuildPlan`: which agencies to build, keep and remove, decided without the disk;
/// 3. `AgencyJobs`: each agency to build loaded, checked and staged, in parallel;
/// 4. `BuildCommit`: the index and the new cache, then the staged output moved in.
///
/// Nothing in the output changes unless the whole build succeeds, and `--strict` is applied in
/// one place, to the build's outcome (`conclude`).
struct IncrementalBuild {
    typealias Outcome = SiteBuilder.Outcome

    let options: SiteBuilder.Options

    func run() -> Outcome {
        let started = Date()
        // One check day for the whole build: every agency is checked against the same round.
        let today = options.checkDay ?? CheckDate.today()
        let inputs = BuildInputs.read(options, started: started, today: today)
        let plan = BuildPlan(
            listed: zip(inputs.slugs, inputs.fingerprints).map { (slug: $0, fingerprint: $1) }, site: inputs.site,
            cache: inputs.cache,
            output: inputs.output, auditEveryPage: options.auditEveryPage)
        if plan.toBuild.isEmpty, let previous = plan.previous {
            // Nothing to build: the rows, messages and files are the cached ones.
            var diagnostics = inputs.outline.diagnostics
            for agency in plan.agencies { agency.kept?.diagnostics.forEach { $0.replay(into: &diagnostics) } }
            if options.fails(diagnostics) { return conclude(diagnostics) }
            if plan.isUpToDate { return upToDate(plan, previous, diagnostics, started: started) }
        }
        var diagnostics = inputs.outline.diagnostics
        do {
            return try build(plan, inputs, today: today, started: started, &diagnostics)
        } catch let failure as OutputFolder.Failure {
            diagnostics.error(failure.message, at: nil)
            var outcome = conclude(diagnostics)
            outcome.outputFailed = true
            if case .refused = failure { outcome.outputRefused = true }
            return outcome
        } catch {
            diagnostics.error(.cannotWrite(path: SourceFile(options.output.path), reason: OutputFolder.reason(error)), at: nil)
            var outcome = conclude(diagnostics)
            outcome.outputFailed = true
            return outcome
        }
    }

    /// The outcome of a build whose output already holds it: nothing is written, the template
    /// check's findings are the cached ones.
    private func upToDate(_ plan: BuildPlan, _ previous: BuildCache, _ diagnostics: Diagnostics, started: Date) -> Outcome {
        let findings = plan.templateFindings(in: previous)
        var sources: [String: URL] = [:]
        if !findings.isEmpty {
            var ignored = Diagnostics()
            sources = loadTheme(into: &ignored)?.sources ?? [:]
        }
        let summary = BuildSummary(
            agencies: plan.agencies.count, agenciesRendered: 0, pages: previous.pageCount, filesWritten: 0,
            filesUnchanged: previous.fileCount, seconds: Date().timeIntervalSince(started))
        return conclude(diagnostics, findings: findings, sources: sources, summary: summary)
    }

    /// Builds the plan's agencies into a staging folder and, when everything succeeded, moves it in.
    /// `diagnostics` holds the content's messages and gets the rest (also when it throws).
    private func build(
        _ plan: BuildPlan, _ inputs: BuildInputs, today: CivilDate, started: Date, _ diagnostics: inout Diagnostics
    ) throws -> Outcome {
        // The theme is read first, so that each agency is rendered as soon as it is checked. Its
        // messages come after the content's, as the content's errors alone stop the build.
        var themeDiagnostics = Diagnostics()
        let theme = loadTheme(into: &themeDiagnostics)
        let stage = try theme.map { try openStage($0, mode: plan.mode) }
        do {
            let jobs = AgencyJobs(options: options, today: today, frameworks: inputs.outline.frameworks, stage: stage)
            let done = jobs.run(plan, folders: inputs.folders, failing: options.fails(inputs.outline.diagnostics))
            for (index, agency) in plan.agencies.enumerated() {
                if let kept = agency.kept {
                    kept.diagnostics.forEach { $0.replay(into: &diagnostics) }
                } else if let job = done[index] {
                    diagnostics.append(contentsOf: job.diagnostics)
                }
            }
            guard !options.fails(diagnostics) else {
                stage?.output.discard()
                return conclude(diagnostics)
            }
            diagnostics.append(contentsOf: themeDiagnostics)
            guard let theme, let stage else { return conclude(diagnostics, mayWrite: false) }
            let ending = BuildCommit(plan: plan, done: done, stats: inputs.stats, site: inputs.site, stage: stage)
            return try commit(ending, theme: theme, started: started, &diagnostics)
        } catch {
            stage?.output.discard()
            throw error
        }
    }

    /// The staging folder and what every agency's pages share.
    private func openStage(_ theme: Theme, mode: OutputFolder.Mode) throws -> AgencyJobs.Stage {
        let sources = [options.content, options.theme, BuiltInFiles.themeFolder].compactMap { $0 }
        let output = try OutputFolder(destination: options.output, sources: sources, mode: mode)
        do {
            let renderer = SiteRenderer(theme: theme)
            return AgencyJobs.Stage(
                output: output, renderer: renderer, assets: try renderer.sharedAssets(output), templates: theme.texts)
        } catch {
            output.discard()
            throw error
        }
    }

    /// Stages the index and the cache, judges the build, and moves the staged output in when it passed.
    private func commit(
        _ commit: BuildCommit, theme: Theme, started: Date, _ diagnostics: inout Diagnostics
    ) throws -> Outcome {
        let (cache, indexChanged) = try commit.stageIndex(&diagnostics)
        let plan = commit.plan
        let output = commit.stage.output
        var outcome = conclude(diagnostics, findings: plan.templateFindings(in: cache), sources: theme.sources)
        outcome.agencies = plan.agencies.count
        guard outcome.wrote else {
            output.discard()
            return outcome
        }
        try output.writeCache(try cache.encoded())
        try output.commit()
        let keptFiles = plan.agencies.reduce(0) { $0 + ($1.kept?.fileCount ?? 0) }
        outcome.summary = BuildSummary(
            agencies: plan.agencies.count, agenciesRendered: plan.toBuild.count, pages: cache.pageCount,
            filesWritten: output.filesWritten,
            filesUnchanged: output.filesKept + keptFiles + (indexChanged ? 0 : cache.files.count),
            seconds: Date().timeIntervalSince(started))
        return outcome
    }

    /// The outcome of a build, and the one place `--strict` is applied: the template check's
    /// findings are added as warnings, the options judge the whole, and the build may be kept
    /// only when nothing is an error.
    /// - Parameter mayWrite: false when the build cannot be kept whatever its messages (no theme).
    private func conclude(
        _ diagnostics: Diagnostics, findings: [TemplateAudit.Finding] = [], sources: [String: URL] = [:],
        summary: BuildSummary? = nil, mayWrite: Bool = true
    ) -> Outcome {
        var diagnostics = diagnostics
        for finding in findings {
            let file = sources[finding.template]?.path ?? finding.template
            diagnostics.warning(.unknownTemplateName(finding.name, template: finding.template), at: .file(file))
        }
        let judged = options.applyingStrict(to: diagnostics)
        guard mayWrite, !judged.hasErrors else { return Outcome(diagnostics: judged, wrote: false, agencies: 0) }
        return Outcome(
            diagnostics: judged, wrote: true, agencies: summary?.agencies ?? 0, templateFindings: findings, summary: summary)
    }

    private func loadTheme(into diagnostics: inout Diagnostics) -> Theme? {
        Theme.load(
            base: BuiltInFiles.themeFolder, themeFolder: options.theme,
            overrides: options.content.appending(path: "templates"), into: &diagnostics)
    }
}
