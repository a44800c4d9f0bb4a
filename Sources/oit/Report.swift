import Foundation
import OITSite

/// Prints diagnostics and status lines. Text goes to standard error; with `--format json|github`
/// the diagnostics go to standard output (for the tool reading them) and status lines stay on
/// standard error.
struct Report {
    var format: DiagnosticFormat
    var language: Language
    var paths: DisplayPaths

    func print(_ diagnostics: Diagnostics) {
        for diagnostic in diagnostics.sorted {
            let line = format.line(for: diagnostic, language: language, displayPath: paths.display)
            if format == .text { Self.status(line) } else { Self.output(line) }
        }
        if diagnostics.errorCount + diagnostics.warningCount > 0 {
            Self.status(
                language.pick(
                    "ข้อผิดพลาด \(diagnostics.errorCount) คำเตือน \(diagnostics.warningCount)",
                    "\(diagnostics.errorCount) errors, \(diagnostics.warningCount) warnings"))
        }
    }

    func status(_ thai: String, _ english: String) { Self.status(language.pick(thai, english)) }

    static func status(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func output(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }
}
