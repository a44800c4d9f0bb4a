/// The agency's analysis of a round's results.
public struct Analysis: Sendable {
    /// Scores below this are weak points; nil takes the round's default.
    public var threshold: Double?
    public var summary: String?
    public var entries: [AnalysisEntry]
    public var constraints: [Constraint]
    public var source: SourceLocation

    package init(
        threshold: Double? = nil,
        summary: String? = nil,
        entries: [AnalysisEntry],
        constraints: [Constraint],
        source: SourceLocation
    ) {
        self.threshold = threshold
        self.summary = summary
        self.entries = entries
        self.constraints = constraints
        self.source = source
    }
}
