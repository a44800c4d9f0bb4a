/// One measure's state in a progress report.
public struct ProgressEntry: Sendable {
    public var measure: Located<String>
    public var status: ProgressStatus
    public var summary: String?
    public var outcome: String?
    public var evidence: [Evidence]
}
