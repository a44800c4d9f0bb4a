import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender
import OITWrite

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
        /// Render only the agencies whose files changed since the build in the output folder
        /// (its `.oit-cache.json`); false renders every agency (`--full`).
        public var incremental = true
        /// The day calendar-dependent checks compare with (`CheckDate`), the same for every agency;
        /// nil takes `CheckDate.today()` once, when the build or check starts.
        public var checkDay: CivilDate?
        /// Fetched evidence links (`oit check --links`); nil checks no link's answer.
        public var links: LinkResults?
        /// Called (from any thread) as agencies are checked and rendered.
        public var progress: (@Sendable (BuildProgress) -> Void)?

        public init(content: URL, theme: URL?, output: URL, strict: Bool = false, auditEveryPage: Bool = false) {
            self.content = content
            self.theme = theme
            self.output = output
            self.strict = strict
            self.auditEveryPage = auditEveryPage
        }

        /// `diagnostics` as this build reports them: with `strict`, every warning is an error but
        /// those of `allowedWarnings`. The one place `--strict` is applied.
        func applyingStrict(to diagnostics: Diagnostics) -> Diagnostics {
            guard strict else { return diagnostics }
            var promoted = diagnostics
            promoted.promoteWarnings(except: allowedWarnings)
            return promoted
        }

        /// Whether `diagnostics` alone fail the build, `--strict` applied.
        func fails(_ diagnostics: Diagnostics) -> Bool { applyingStrict(to: diagnostics).hasErrors }
    }

    public struct Outcome: Sendable {
        public var diagnostics: Diagnostics
        /// True when the build succeeded and the output folder holds it: replaced, updated, or
        /// already up to date (nothing changed, nothing written).
        public var wrote: Bool
        public var agencies: Int
        /// True when the output folder could not be written (exit status 3).
        public var outputFailed = false
        /// Names templates use that their models do not provide.
        public var templateFindings: [TemplateAudit.Finding] = []
        /// True when the output folder was refused before anything was read (the CLI exits 3).
        public var outputRefused: Bool = false
        /// What a successful build did (agencies rendered, files written and kept); nil otherwise.
        public var summary: BuildSummary?
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
        project.select(options.agencies, in: options.content, diagnostics: &diagnostics)
        if let baseURL = options.baseURL { project.serve(at: baseURL) }
        let (assessment, found) = Checker.check(project, today: options.checkDay ?? CheckDate.today(), links: options.links)
        diagnostics.append(contentsOf: found)
        return Checked(project: project, assessment: assessment, diagnostics: options.applyingStrict(to: diagnostics))
    }

    public func build() -> Outcome {
        // The output folder is checked before anything is read or written.
        if let refusal = OutputGuard.check(output: options.output, content: options.content, theme: options.theme) {
            var refused = Diagnostics()
            refused.error(.outputRefused(reason: refusal), at: .file(options.output.path))
            return Outcome(diagnostics: refused, wrote: false, agencies: 0, outputFailed: true, outputRefused: true)
        }
        return IncrementalBuild(options: options).run()
    }
}
