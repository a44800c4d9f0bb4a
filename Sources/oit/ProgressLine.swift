import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender
import OITSite

/// Shows a long build's progress on one line of the terminal (agencies done of total, pages per
/// second, time left), redrawn in place; on a pipe or in CI (`CI` set) it shows nothing, and the
/// build prints a one-line summary at the end instead (`summary`).
final class ProgressLine: @unchecked Sendable {
    let language: Language
    private let lock = NSLock()
    private var lastDrawn = Date.distantPast
    private var drawn = false

    init(language: Language) { self.language = language }

    /// Whether progress can be shown: messages as text, standard error a terminal, not in CI.
    static func isWanted(format: DiagnosticFormat, environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        format == .text && isatty(STDERR_FILENO) == 1 && (environment["CI"] ?? "").isEmpty
    }

    /// Redraws the line, at most ten times a second (and always for the last agency of a phase).
    func update(_ progress: BuildProgress) {
        lock.withLock {
            let now = Date()
            guard progress.done == progress.total || now.timeIntervalSince(lastDrawn) >= 0.1 else { return }
            lastDrawn = now
            drawn = true
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + Self.text(progress, language)).utf8))
        }
    }

    /// Clears the line, so that messages and the status start at the left margin.
    func finish() {
        lock.withLock {
            if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            drawn = false
        }
    }

    static func text(_ progress: BuildProgress, _ language: Language) -> String {
        let done = progress.done
        let total = progress.total
        switch progress.phase {
        case .checking:
            return language.pick("ตรวจเนื้อหา \(done)/\(total) หน่วยงาน", "checking \(done) of \(total) agencies")
        case .rendering:
            let rate = progress.elapsed > 0 ? Double(progress.pages) / progress.elapsed : 0
            let left = done > 0 ? progress.elapsed / Double(done) * Double(total - done) : 0
            return language.pick(
                "สร้างหน้าเว็บ \(done)/\(total) หน่วยงาน · \(Int(rate.rounded())) หน้า/วินาที · เหลืออีกราว \(clock(left))",
                "rendering \(done) of \(total) agencies · \(Int(rate.rounded())) pages/s · about \(clock(left)) left")
        }
    }

    /// `m:ss`, or `h:mm:ss` from an hour.
    static func clock(_ seconds: TimeInterval) -> String {
        let whole = Int(seconds.rounded())
        let (hours, minutes, rest) = (whole / 3600, whole / 60 % 60, whole % 60)
        return hours > 0 ? String(format: "%d:%02d:%02d", hours, minutes, rest) : String(format: "%d:%02d", minutes, rest)
    }

    /// The one-line summary of a build that showed no progress.
    static func summary(_ summary: BuildSummary, _ language: Language) -> String {
        let seconds = String(format: "%.1f", summary.seconds)
        return language.pick(
            "สรุป: \(summary.agencies) หน่วยงาน (สร้างใหม่ \(summary.agenciesRendered)) \(summary.pages) หน้า \(seconds) วินาที "
                + "เขียน \(summary.filesWritten) ไฟล์ ไม่เปลี่ยน \(summary.filesUnchanged) ไฟล์",
            "summary: \(summary.agencies) agencies (\(summary.agenciesRendered) rendered), \(summary.pages) pages, \(seconds) s, "
                + "\(summary.filesWritten) files written, \(summary.filesUnchanged) files unchanged")
    }
}
