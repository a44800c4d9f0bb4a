import Foundation
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
        if counts, diagnostics.errorCount + diagnostics.warningCount > 0 {
            Self.status(
                language.pick(
                    "ข้อผิดพลาด \(diagnostics.errorCount) คำเตือน \(diagnostics.warningCount)",
                    "\(diagnostics.errorCount) errors, \(diagnostics.warningCount) warnings"))
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
