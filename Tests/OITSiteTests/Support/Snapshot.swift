import Foundation
import Testing

/// Compares text with `Snapshots/<name>`. A missing snapshot is recorded and the test fails;
/// `OIT_RECORD_SNAPSHOTS=1` records every snapshot anew (review the diff before committing).
func assertSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = Paths.snapshots.appendingPathComponent(name)
    let record = ProcessInfo.processInfo.environment["OIT_RECORD_SNAPSHOTS"] == "1"
    guard !record, let expected = try? String(contentsOf: url, encoding: .utf8) else {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        Issue.record("recorded snapshot \(name); run the tests again", sourceLocation: sourceLocation)
        return
    }
    if expected != text {
        let expectedLines = expected.components(separatedBy: "\n")
        let actualLines = text.components(separatedBy: "\n")
        let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }
        let line = first?.offset ?? min(expectedLines.count, actualLines.count)
        Issue.record(
            """
            snapshot \(name) differs at line \(line + 1):
              expected: \(line < expectedLines.count ? expectedLines[line] : "<end>")
              actual:   \(line < actualLines.count ? actualLines[line] : "<end>")
            (OIT_RECORD_SNAPSHOTS=1 re-records after an intended change)
            """, sourceLocation: sourceLocation)
    }
}
