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
    var partial: Bool
    var note: String?
    var counts: CountsView
    var result: LinkView?
    var indicators: [IndicatorSection]
    var reports: [LinkView]
    var submission: String
    var json: String
}
