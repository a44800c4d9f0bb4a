import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender

/// What the build wrote or kept: files and pages, overall and by top-level folder.
extension OutputFolder {
    /// Files and pages in one folder of the output.
    public struct Count: Equatable, Sendable {
        public var files = 0
        public var pages = 0
    }

    /// Counts a file written or kept, and a page when it is one.
    package func count(_ relativePath: String, kept isKept: Bool) {
        let page = relativePath.hasSuffix(".html") ? 1 : 0
        let top = Self.topFolder(of: relativePath)
        lock.withLock {
            counts[top, default: Count()].files += 1
            counts[top, default: Count()].pages += page
            if isKept { kept += 1 } else { written += 1 }
            pages += page
        }
    }

    /// Files and pages written (new or kept) so far under a top-level folder of the output, or
    /// at the top with "".
    public func count(under folder: String) -> Count { lock.withLock { counts[Substring(folder)] ?? Count() } }

    /// Files written with new bytes so far.
    public var filesWritten: Int { lock.withLock { written } }
    /// Files whose bytes equalled the previous build's, kept as they were.
    public var filesKept: Int { lock.withLock { kept } }
    /// Pages (`.html` files) written or kept so far.
    public var pageCount: Int { lock.withLock { pages } }

    /// The first segment of a path when it is in a folder; "" for a file at the top.
    private static func topFolder(of relativePath: String) -> Substring {
        guard let slash = relativePath.firstIndex(of: "/") else { return "" }
        return relativePath[..<slash]
    }
}
