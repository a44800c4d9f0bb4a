/// One OIT item of a year: its requirement and what the agency publishes for it.
struct ItemPage: PageModel {
    static let template = "item"

    struct ElementView: Encodable {
        var number: String
        var text: String
        var confirmed: Bool
    }

    var code: String
    var title: String
    var year: String
    /// Nil where the item's sub-indicator is not known, or stands for its indicator.
    var group: String?
    /// Nil for an item whose group the framework does not name (given by the content).
    var indicator: String?
    /// The round's period rule in words; nil where the round's sources do not state one.
    var period: String?
    var status: StatusView
    var hasEntry: Bool
    var updated: String?
    var updatedISO: String?
    var covers: String?
    var unit: String?
    var reason: String?
    /// "shown of total" for the heading; nil where no element is listed, and the page says so.
    struct Tally: Encodable {
        var shown: String
        var total: String
    }

    var elements: [ElementView]
    var tally: Tally?
    var evidence: [EvidenceView]
    var body: String?
    var url: String
    var previous: LinkView?
    var next: LinkView?
    var holdsAnalysis: HeldAnalysis?
    var holdsProgress: HeldProgress?
    /// The EIT survey's QR code, on the page of the item that asks for it (`role: eit-qr`).
    var survey: SurveyView?
}
