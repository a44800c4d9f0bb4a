import Foundation

/// The whole pipeline: load → check → render → write. Nothing is written unless every step
/// succeeded, and then the output folder is replaced in one move.
public struct SiteBuilder {
    public struct Options: Sendable {
        public var content: URL
        /// A theme folder over the built-in theme (file by file); nil for the built-in theme alone.
        public var theme: URL?
        public var output: URL
        /// Warnings fail the build too (`--strict`).
        public var strict: Bool
        /// Rule ids (`Message.ruleID`) whose warnings stay warnings under `strict` (`--allow`).
        public var allowedWarnings: Set<String> = []
        /// Agency folder names to build (`--agency`); empty for all of them.
        public var agencies: [String] = []
        /// Where the output folder is served, replacing every agency's `base_url` with
        /// `<baseURL><agency>/` (`--base-url`, for a preview deployment or `oit serve`).
        public var baseURL: String?
        /// Check templates against every agency's pages instead of the first agency's.
        public var auditEveryPage: Bool

        public init(content: URL, theme: URL?, output: URL, strict: Bool = false, auditEveryPage: Bool = false) {
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
        /// True when the output folder could not be written (exit status 3).
        public var outputFailed = false
        /// Names templates use that their models do not provide.
        public var templateFindings: [TemplateAudit.Finding] = []
    }

    public let options: Options

    public init(options: Options) { self.options = options }

    /// Loads and checks without writing anything.
    public func check() -> (Project, Diagnostics) {
        var (project, diagnostics) = ContentLoader.load(from: options.content)
        project.select(options.agencies, in: options.content, diagnostics: &diagnostics)
        if let baseURL = options.baseURL { project.serve(at: baseURL) }
        diagnostics.append(contentsOf: Checker.check(project))
        if options.strict { diagnostics.promoteWarnings(except: options.allowedWarnings) }
        return (project, diagnostics)
    }

    public func build() -> Outcome {
        var (project, diagnostics) = check()
        guard !diagnostics.hasErrors else { return Outcome(diagnostics: diagnostics, wrote: false, agencies: 0) }
        let overrides = options.content.appendingPathComponent("templates")
        guard let theme = Theme.load(base: BuiltInFiles.themeFolder, themeFolder: options.theme, overrides: overrides,
                                     into: &diagnostics) else {
            return Outcome(diagnostics: diagnostics, wrote: false, agencies: 0)
        }
        let audit = TemplateAudit(sources: theme.texts)
        project.agencies.sort { $0.slug < $1.slug }
        do {
            let output = try OutputFolder(destination: options.output)
            do {
                try SiteRenderer(project: project, theme: theme, audit: audit, auditEveryAgency: options.auditEveryPage)
                    .render(into: output, diagnostics: &diagnostics)
                for finding in audit.findings {
                    let file = theme.sources[finding.template]?.path ?? finding.template
                    diagnostics.warning(.unknownTemplateName(finding.name, template: finding.template), at: .file(file))
                }
                if options.strict { diagnostics.promoteWarnings(except: options.allowedWarnings) }
                guard !diagnostics.hasErrors else {
                    output.discard()
                    return Outcome(diagnostics: diagnostics, wrote: false, agencies: 0)
                }
                try output.commit()
            } catch {
                output.discard()
                throw error
            }
        } catch {
            diagnostics.error(.unreadableFile("\(options.output.path): \(error.localizedDescription)"), at: nil)
            var outcome = Outcome(diagnostics: diagnostics, wrote: false, agencies: 0)
            outcome.outputFailed = true
            return outcome
        }
        return Outcome(diagnostics: diagnostics, wrote: true, agencies: project.agencies.count,
                       templateFindings: audit.findings)
    }
}
