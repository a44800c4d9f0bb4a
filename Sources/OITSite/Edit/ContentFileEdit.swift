import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender

/// One content file edited in place, as `oit set` does it: read, edit (`YAMLTextEditor`), save
/// (`ContentFileSave`, refusing a file that changed meanwhile), and the agency to check after it.
public enum ContentFileEdit {
    public struct Outcome: Sendable {
        public var before: String
        public var after: String
        /// Whether the file was written (an edit that changes nothing writes nothing).
        public var wrote: Bool
    }

    /// Applies `edits` to the file at `url`; messages name the file `shown`. Throws YAMLEditError,
    /// and then the file is untouched.
    public static func edit(_ url: URL, _ edits: [YAMLEdit], shown: String) throws -> Outcome {
        let bytes: [UInt8]
        switch TextFile.read(url.path) {
        case .success(let read): bytes = read
        case .failure(.tooLarge):
            throw YAMLEditError.refused(.fileTooLarge(SourceFile(shown), limit: TextFile.sizeLimit), at: .file(shown))
        case .failure(.unreadable):
            throw YAMLEditError.refused(.unreadableFile(SourceFile(shown)), at: .file(shown))
        }
        if case .failure(let problem) = TextFile.decode(bytes) {
            throw YAMLEditError.refused(
                problem.message, at: SourceLocation(file: shown, line: problem.line, column: problem.column))
        }
        // The text as it is, byte-order mark and CRLF included: the editor keeps them.
        let before = String(decoding: bytes, as: UTF8.self)
        let after = try YAMLTextEditor.apply(edits, to: before, order: .forFile(url), file: shown)
        guard after != before else { return Outcome(before: before, after: after, wrote: false) }
        try ContentFileSave.write(after, to: url, expected: Data(bytes))
        return Outcome(before: before, after: after, wrote: true)
    }

    /// The content folder (the one holding `agencies/`) and the agency a file belongs to; the
    /// agency is nil for a file outside `agencies/<slug>/` (a framework file).
    public static func place(of url: URL) -> (content: URL, agency: String?)? {
        let parts = url.standardizedFileURL.resolvingSymlinksInPath().pathComponents
        if let index = parts.lastIndex(of: "agencies"), index + 2 < parts.count {
            let content = URL(fileURLWithPath: NSString.path(withComponents: Array(parts[..<index])))
            return (content, parts[index + 1])
        }
        if let index = parts.lastIndex(of: "frameworks"), index > 0 {
            return (URL(fileURLWithPath: NSString.path(withComponents: Array(parts[..<index]))), nil)
        }
        return nil
    }

    /// The lines that differ between two texts: those between their common first and last lines
    /// (0-based ranges in each), the measure of "changes only the lines of the value".
    public static func changedLines(_ before: String, _ after: String) -> (old: Range<Int>, new: Range<Int>) {
        let a = YAMLLines(before).lines
        let b = YAMLLines(after).lines
        var head = 0
        while head < min(a.count, b.count), a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < min(a.count, b.count) - head, a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        return (head..<(a.count - tail), head..<(b.count - tail))
    }
}
