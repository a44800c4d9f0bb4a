/// One measure's entry in a progress report.
struct ProgressEntryView: Encodable {
    var anchor: String
    var measure: LinkView
    var status: StatusView
    var summary: String?
    var outcome: String?
    var evidence: [EvidenceView]
}
