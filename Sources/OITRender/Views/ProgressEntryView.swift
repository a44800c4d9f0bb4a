/// One measure's entry in a progress report.
package struct ProgressEntryView: Encodable {
    package var anchor: String
    package var measure: LinkView
    package var status: StatusView
    package var summary: String?
    package var outcome: String?
    package var evidence: [EvidenceView]
}
