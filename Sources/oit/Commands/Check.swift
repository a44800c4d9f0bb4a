import ArgumentParser
import Foundation
import OITCheck
import OITLinks
import OITLoad
import OITSite

/// `oit check`: load and check only; nothing is written. With `--links`, every evidence link is
/// fetched too (`OITLinks`): dead links are warnings (errors with `--strict`) and fail their items
/// in the readiness.
struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "ตรวจเนื้อหาโดยไม่สร้างเว็บไซต์ / check content only")

    @OptionGroup var options: ContentOptions
    @OptionGroup var links: LinkOptions

    func validate() throws {
        try links.check(options.lang)
    }

    func run() async throws {
        let here = URL(fileURLWithPath: ".")
        var builderOptions = options.builderOptions(theme: nil, output: here)
        var checked = SiteBuilder(options: builderOptions).check()
        var fetched: LinkRun.Outcome?
        if links.enabled {
            // The links come from the loaded content; the check runs again with their results,
            // so that their findings and the readiness go through the one checker.
            let urls = LinkChecks.urls(in: checked.project)
            let cache = options.projectURL.appending(path: LinkCache.fileName)
            let outcome = await LinkRun.run(urls, settings: links.settings, cacheFile: cache, maxAge: links.maxAge * 3600)
            builderOptions.links = LinkResults(
                Array(outcome.results.byURL.values), networkRequired: links.needNetwork)
            checked = SiteBuilder(options: builderOptions).check()
            fetched = outcome
        }
        let diagnostics = checked.diagnostics
        options.report.print(diagnostics, counts: false)
        let agencies = checked.project.agencies
        if let fetched { options.report.links(fetched, uses: LinkChecks.uses(in: checked.project, fetched.results)) }
        options.report.readiness(agencies, checked.assessment)
        // Without errors, the closing line is the one that says so (with the warnings' count).
        if diagnostics.hasErrors {
            options.report.counts(diagnostics)
            throw ExitStatus.contentErrors.code
        }
        options.report.passed(
            agencies: agencies.count, years: agencies.reduce(0) { $0 + $1.years.count }, warnings: diagnostics.warningCount)
    }
}
