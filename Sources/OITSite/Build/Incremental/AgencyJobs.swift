import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender
import OITWrite

/// The per-agency work of a build, in parallel: each agency the plan builds is loaded and checked
/// (`CheckedAgency`) and, while the build can still succeed, rendered into the staging folder at
/// once and let go, so memory stays that of the agencies in hand, whatever their number.
struct AgencyJobs {
    /// Where agencies are rendered to: the staging folder, the renderer, and what they share.
    struct Stage {
        var output: OutputFolder
        var renderer: SiteRenderer
        /// The theme's assets, read (and checked) once for every agency.
        var assets: [(String, [UInt8])]
        /// The templates' texts, for the template check.
        var templates: [String: String]
    }

    /// What one agency's job leaves behind.
    struct Done {
        var diagnostics: Diagnostics
        /// Its row of the site index; nil when it could not be loaded.
        var row: (name: String, place: String)?
        /// The render's own diagnostics, or why writing failed; nil when it was not rendered.
        var rendered: Result<Diagnostics, Error>?
        /// The template check of its pages, when they were checked.
        var audit: TemplateAudit?
    }

    let options: SiteBuilder.Options
    /// The check day, the same for every agency.
    let today: CivilDate
    let frameworks: [Int: Framework]
    /// Nil when there is no theme: the agencies are only checked, for their messages.
    let stage: Stage?

    /// Runs the job of each agency `plan` builds; returns what each left, by agency index.
    /// - Parameter failing: the build fails already (the content's own errors): agencies are
    ///   checked, for their messages, but not rendered.
    func run(_ plan: BuildPlan, folders: [URL], failing: Bool) -> [Int: Done] {
        let indices = plan.toBuild
        let gate = Gate(open: !failing)
        let results = ConcurrentResults<Done>(count: indices.count)
        let progress = Progress(total: indices.count, phase: stage == nil ? .checking : .rendering, report: options.progress)
        DispatchQueue.concurrentPerform(iterations: indices.count) { job in
            let index = indices[job]
            results[job] = self.job(folders[index], audited: plan.agencies[index].audited, gate: gate)
            progress.advance(pages: stage?.output.pageCount ?? 0)
        }
        var done: [Int: Done] = [:]
        for (job, result) in results.filled.enumerated() { done[indices[job]] = result }
        return done
    }

    /// Loads and checks one agency, and renders it while the gate is open.
    private func job(_ folder: URL, audited: Bool, gate: Gate) -> Done {
        let checked = CheckedAgency.load(
            folder, content: options.content, frameworks: frameworks, baseURL: options.baseURL, today: today)
        // After one agency's error the build fails: the others are checked, not rendered.
        if options.fails(checked.diagnostics) { gate.close() }
        let audit = audited ? stage.map { TemplateAudit(sources: $0.templates) } : nil
        var rendered: Result<Diagnostics, Error>?
        if let agency = checked.agency, let stage, gate.isOpen {
            let task = SiteRenderer.Job(agency: agency, assessment: checked.assessment, audit: audit)
            rendered = Result { try stage.renderer.render(task, assets: stage.assets, into: stage.output) }
            stage.output.finished(agency.slug)
        }
        let row = checked.agency.map { ($0.profile.name, AgencyRenderer.place(of: $0.profile)) }
        return Done(diagnostics: checked.diagnostics, row: row, rendered: rendered, audit: audit)
    }

    /// Open while the build can still succeed; closed for good by the first failing agency.
    private final class Gate: @unchecked Sendable {
        private let lock = NSLock()
        private var closed: Bool

        init(open: Bool) { closed = !open }

        func close() { lock.withLock { closed = true } }

        var isOpen: Bool { lock.withLock { !closed } }
    }

    /// Counts agencies done in one phase and reports them, from whichever thread finished one.
    private final class Progress: @unchecked Sendable {
        private let lock = NSLock()
        private var done = 0
        private let total: Int
        private let phase: BuildProgress.Phase
        private let started = Date()
        private let report: (@Sendable (BuildProgress) -> Void)?

        init(total: Int, phase: BuildProgress.Phase, report: (@Sendable (BuildProgress) -> Void)?) {
            self.total = total
            self.phase = phase
            self.report = report
        }

        func advance(pages: Int) {
            guard let report else { return }
            let done = lock.withLock {
                self.done += 1
                return self.done
            }
            report(
                BuildProgress(phase: phase, done: done, total: total, pages: pages, elapsed: Date().timeIntervalSince(started)))
        }
    }
}
