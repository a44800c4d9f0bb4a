import ArgumentParser
import Foundation
import OITSite

/// `oit check`: load and check only; nothing is written.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "ตรวจเนื้อหาโดยไม่สร้างเว็บไซต์ / check content only")

    @OptionGroup var options: ContentOptions

    func run() throws {
        let here = URL(fileURLWithPath: ".")
        let builder = SiteBuilder(options: options.builderOptions(theme: nil, output: here))
        let checked = builder.check()
        let diagnostics = checked.diagnostics
        // Without errors, the closing line is the one that says so (with the warnings' count).
        options.report.print(diagnostics, counts: diagnostics.hasErrors)
        if diagnostics.hasErrors { throw ExitStatus.contentErrors.code }
        let agencies = checked.project.agencies
        options.report.passed(
            agencies: agencies.count, years: agencies.reduce(0) { $0 + $1.years.count }, warnings: diagnostics.warningCount)
    }
}
