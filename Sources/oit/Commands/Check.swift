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
        let diagnostics = builder.check().diagnostics
        options.report.print(diagnostics)
        if diagnostics.hasErrors { throw ExitStatus.contentErrors.code }
    }
}
