import Foundation

/// The whole pipeline: load → check → render → write. Nothing is written unless every step
/// succeeded, and then the output folder is replaced in one move.
public struct SiteBuilder {
    public struct Options: Sendable {
        public var content: URL
        public var theme: URL
        public var output: URL
        /// Warnings fail the build too (`--strict`).
        public var strict: Bool
        /// Check templates against every agency's pages instead of the first agency's.
        public var auditEveryPage: Bool

        public init(content: URL, theme: URL, output: URL, strict: Bool = false, auditEveryPage: Bool = false) {
            self.content = content
            self.theme = theme
            self.output = output
            self.strict = strict
            self.auditEveryPage = auditEveryPage
        }
    }

    public struct Outcome: Sendable {
        public var diagnostics: Diagnostics
        /// True when the output folder was replaced with a new build.
        public var wrote: Bool
        public var agencies: Int
        /// Names templates use that their models do not provide.
        public var templateFindings: [TemplateAudit.Finding] = []
        /// True when the output folder was refused before anything was read (the CLI exits 3).
        public var outputRefused: Bool = false
    }

    public let options: Options

    public init(options: Options) { self.options = options }

    /// What loading and checking found: the content, its assessment and every problem.
    public struct Checked: Sendable {
        public var project: Project
        public var assessment: Assessment
        public var diagnostics: Diagnostics
    }

    /// Loads and checks without writing anything.
    public func check() -> Checked {
        var (project, diagnostics) = ContentLoader.load(from: options.content)
        let (assessment, found) = Checker.check(project)
        diagnostics.append(contentsOf: found)
        if options.strict { diagnostics.promoteWarnings() }
        return Checked(project: project, assessment: assessment, diagnostics: diagnostics)
    }

    public func build() -> Outcome {
        // The output folder is checked before anything is read or written.
        if let refusal = OutputGuard.check(output: options.output, content: options.content, theme: options.theme) {
            var refused = Diagnostics()
            refused.error(.outputRefused(reason: refusal), at: .file(options.output.path))
            return Outcome(diagnostics: refused, wrote: false, agencies: 0, outputRefused: true)
        }
        let checked = check()
        var project = checked.project
        var diagnostics = checked.diagnostics
        guard !diagnostics.hasErrors else { return Outcome(diagnostics: diagnostics, wrote: false, agencies: 0) }
        let overrides = options.content.appendingPathComponent("templates")
        guard let theme = Theme.load(themeFolder: options.theme, overrides: overrides, into: &diagnostics) else {
            return Outcome(diagnostics: diagnostics, wrote: false, agencies: 0)
        }
        let audit = TemplateAudit(sources: theme.texts)
        project.agencies.sort { $0.slug < $1.slug }
        do {
            let output = try OutputFolder(destination: options.output, sources: [options.content, options.theme])
            do {
                try SiteRenderer(project: project, assessment: checked.assessment, theme: theme, audit: audit, auditEveryAgency: options.auditEveryPage)
                    .render(into: output, diagnostics: &diagnostics)
                for finding in audit.findings {
                    let file = theme.sources[finding.template]?.path ?? finding.template
                    diagnostics.warning(.unknownTemplateName(finding.name, template: finding.template), at: .file(file))
                }
                if options.strict { diagnostics.promoteWarnings() }
                guard !diagnostics.hasErrors else {
                    output.discard()
                    return Outcome(diagnostics: diagnostics, wrote: false, agencies: 0)
                }
                try output.commit()
            } catch {
                output.discard()
                throw error
            }
        } catch let failure as OutputFolder.Failure {
            diagnostics.error(failure.message, at: nil)
            if case .refused = failure { return Outcome(diagnostics: diagnostics, wrote: false, agencies: 0, outputRefused: true) }
            return Outcome(diagnostics: diagnostics, wrote: false, agencies: 0)
        } catch {
            diagnostics.error(.cannotWrite(path: options.output.path, reason: OutputFolder.reason(error)), at: nil)
            return Outcome(diagnostics: diagnostics, wrote: false, agencies: 0)
        }
        return Outcome(diagnostics: diagnostics, wrote: true, agencies: project.agencies.count,
                       templateFindings: audit.findings)
    }
}
