import Foundation
import OITCheck
import OITLoad
import OITRender

/// How far a build has come, reported as each agency is done, so that
/// a long build (thousands of agencies) can show agencies done, pages per second and time left.
public struct BuildProgress: Sendable {
    public enum Phase: Sendable {
        /// Loading and checking the agencies whose files changed, when nothing can be rendered
        /// (the theme has errors).
        case checking
        /// Loading, checking, rendering and writing each agency whose files changed.
        case rendering
    }

    public var phase: Phase
    /// Agencies of this phase done, and to do in all.
    public var done: Int
    public var total: Int
    /// Pages written (or kept) so far in this build.
    public var pages: Int
    /// Seconds since the phase began.
    public var elapsed: TimeInterval
}

/// What a finished build did, for the one-line summary of a build that showed no progress.
public struct BuildSummary: Sendable, Equatable {
    /// Agencies in the output, and how many of them were rendered (the others were unchanged).
    public var agencies: Int
    public var agenciesRendered: Int
    /// Pages in the output.
    public var pages: Int
    /// Files written with new bytes, and files left as they were (their bytes unchanged).
    public var filesWritten: Int
    public var filesUnchanged: Int
    public var seconds: TimeInterval
}
