/// A year's overview: every item grouped by indicator and sub-indicator, with counts.
struct OverviewPage: PageModel {
    static let template = "overview"

    struct IndicatorSection {
        var number: String
        var name: String
        var groups: [GroupSection]

        /// Gives each group table its caption: indicator and sub-indicator, so the seven tables of a
        /// round can be told apart in a screen reader's list of tables.
        init(number: String, name: String, groups: [GroupSection]) {
            self.number = number
            self.name = name
            self.groups = groups.map { group in
                var group = group
                group.caption = PageText.groupCaption(indicator: PageText.indicator(number, name),
                                                      group: PageText.subIndicator(group.code, group.name))
                return group
            }
        }
    }

    struct GroupSection {
        var code: String
        var name: String
        var items: [ItemRow]
        /// Set by the indicator section that holds the group.
        var caption = ""

        init(code: String, name: String, items: [ItemRow]) {
            self.code = code
            self.name = name
            self.items = items
        }
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
