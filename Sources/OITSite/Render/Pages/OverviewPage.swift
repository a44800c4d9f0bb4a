/// A year's overview: every item grouped by indicator and sub-indicator, with counts.
struct OverviewPage: PageModel {
    static let template = "overview"

    struct IndicatorSection {
        var number: String
        var name: String
        var groups: [GroupSection]
    }

    struct GroupSection {
        var code: String
        var name: String
        var items: [ItemRow]
    }

    struct ItemRow {
        var code: String
        var title: String
        var href: String
        var status: StatusView
        var updated: String?
    }

    var year: String
    var fiscalYear: String
    var round: String
    /// False for a results-only year: no counts, no item list.
    var hasChecklist: Bool
    var counts: CountsView
    var result: LinkView?
    var indicators: [IndicatorSection]
    /// Items whose group the round's framework does not name (given by the content).
    var others: [ItemRow]
    var hasOthers: Bool
    var reports: [LinkView]
    var submission: String
    var json: String
}
