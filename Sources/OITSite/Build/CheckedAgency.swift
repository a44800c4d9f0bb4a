import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender

/// One agency loaded and checked on its own, with the diagnostics that belong to it alone: what
/// an incremental build keeps per agency, and what lets agencies load in parallel.
struct CheckedAgency: Sendable {
    /// Nil when the agency folder could not be loaded (its diagnostics say why).
    var agency: Agency?
    var assessment: Assessment
    var diagnostics: Diagnostics

    /// Loads the agency folder `folder` of the content folder `content` as `ContentLoader` does,
    /// serves it at `baseURL` when given, and checks it as `Checker` does against the build's
    /// check day `today` (taken once per build, not once per agency).
    static func load(
        _ folder: URL, content: URL, frameworks: [Int: Framework], baseURL: String?, today: CivilDate
    ) -> CheckedAgency {
        let context = LoadContext(root: content)
        guard let agency = AgencyLoader.load(folder, context) else {
            return CheckedAgency(agency: nil, assessment: Assessment(), diagnostics: context.diagnostics)
        }
        var project = Project(frameworks: frameworks, agencies: [agency])
        if let baseURL { project.serve(at: baseURL) }
        let (assessment, found) = Checker.check(project, today: today)
        var diagnostics = context.diagnostics
        diagnostics.append(contentsOf: found)
        return CheckedAgency(agency: project.agencies[0], assessment: assessment, diagnostics: diagnostics)
    }
}
