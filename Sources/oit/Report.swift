import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender
import OITSite

/// Prints diagnostics and status lines. Text goes to standard error; with `--format json|github`
/// the diagnostics go to standard output (for the tool reading them) and status lines stay on
/// standard error.
struct Report {
    var format: DiagnosticFormat
    var language: Language
    var paths: DisplayPaths

    /// - Parameter counts: whether to close with the count of errors and warnings (when any).
    func print(_ diagnostics: Diagnostics, counts: Bool = true) {
        for diagnostic in diagnostics.sorted {
            let line = format.line(for: diagnostic, language: language, displayPath: paths.display)
            if format == .text { Self.status(line) } else { Self.output(line) }
        }
        if counts { self.counts(diagnostics) }
    }

    /// The closing count of errors and warnings, when there are any.
    func counts(_ diagnostics: Diagnostics) {
        if diagnostics.errorCount + diagnostics.warningCount > 0 {
            Self.status(
                language.pick(
                    "ข้อผิดพลาด \(diagnostics.errorCount) คำเตือน \(diagnostics.warningCount)",
                    "\(diagnostics.errorCount) errors, \(diagnostics.warningCount) warnings"))
        }
    }

    /// Each agency-year's predicted OIT readiness (`ReadinessSummary`): text lines on standard
    /// error, or one JSON object a line on standard output; github format has none.
    func readiness(_ agencies: [Agency], _ assessment: Assessment) {
        guard format != .github else { return }
        for agency in agencies {
            for year in agency.years.map(\.year).sorted() {
                guard let prediction = assessment.year(year, of: agency.slug)?.oit else { continue }
                if format == .json {
                    Self.output(ReadinessSummary.json(prediction, agency: agency.slug, year: year, language: language))
                } else {
                    let name = agency.profile.name
                    for line in ReadinessSummary.lines(prediction, agency: name, year: year, language: language) {
                        Self.status(line)
                    }
                }
            }
        }
    }

    func status(_ thai: String, _ english: String) { Self.status(language.pick(thai, english)) }

    /// The one line of a check that found no error, so that silence is never the answer; text
    /// format only (json and github output stays what a tool reads).
    func passed(agencies: Int, years: Int, warnings: Int) {
        guard format == .text else { return }
        let plural = { (count: Int, word: String) in "\(count) \(word)\(count == 1 ? "" : "s")" }
        let thai = "ไม่พบข้อผิดพลาด (ตรวจ \(agencies) หน่วยงาน \(years) ปีงบประมาณ)"
        let english = "(checked \(agencies) \(agencies == 1 ? "agency" : "agencies"), \(plural(years, "fiscal year")))"
        if warnings == 0 {
            status(thai, "no problems found " + english)
        } else {
            status(thai + " มีคำเตือน \(warnings) เรื่อง", "no errors found \(english); \(plural(warnings, "warning"))")
        }
    }

    static func status(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }
}
