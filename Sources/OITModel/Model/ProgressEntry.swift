/// One measure's state in a progress report.
public struct ProgressEntry: Sendable {
    public var measure: Located<String>
    public var status: ProgressStatus
    public var summary: String?
    public var outcome: String?
    public var evidence: [Evidence]

    package init(
        measure: Located<String>,
        status: ProgressStatus,
        summary: String? = nil,
        outcome: String? = nil,
        evidence: [Evidence]
    ) {
        self.measure = measure
        self.status = status
        self.summary = summary
        self.outcome = outcome
        self.evidence = evidence
    }
}
