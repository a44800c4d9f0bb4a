import OITLoad

/// One OIT item of a year: its requirement and what the agency publishes for it.
package struct ItemPage: PageModel {
    package static let template = "item"

    package struct ElementView: Encodable {
        package var number: String
        package var text: String
        package var confirmed: Bool
    }

    package var code: String
    package var title: String
    package var year: String
    /// Nil where the item's sub-indicator is not known, or stands for its indicator.
    package var group: String?
    /// Nil for an item whose group the framework does not name (given by the content).
    package var indicator: String?
    /// The round's period rule in words; nil where the round's sources do not state one.
    package var period: String?
    package var status: StatusView
    package var hasEntry: Bool
    package var updated: String?
    package var updatedISO: String?
    package var covers: String?
    package var unit: String?
    package var reason: String?
    /// "shown of total" for the heading; nil where no element is listed, and the page says so.
    package struct Tally: Encodable {
        package var shown: String
        package var total: String
    }

    package var elements: [ElementView]
    package var tally: Tally?
    package var evidence: [EvidenceView]
    package var body: String?
    package var url: String
    package var previous: LinkView?
    package var next: LinkView?
    package var holdsAnalysis: HeldAnalysis?
    package var holdsProgress: HeldProgress?
    /// The EIT survey's QR code, on the page of the item that asks for it (`role: eit-qr`).
    package var survey: SurveyView?
}
