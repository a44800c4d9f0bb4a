/// A year's overview: every item grouped by indicator and sub-indicator, with counts.
struct OverviewPage: PageModel {
    static let template = "overview"

    struct IndicatorSection: Encodable {
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
                let indicator = PageText.indicator(number, name)
                let name = group.heading.map { name in group.subIndicator.map { PageText.subIndicator($0, name) } ?? name }
                group.caption = name.map { PageText.groupCaption(indicator: indicator, group: $0) } ?? indicator
                return group
            }
        }
    }

    struct GroupSection: Encodable {
        /// The official sub-indicator number; nil where the round's numbers are not known. (Not
        /// `code`: Mustache would find an outer `code` for a nil one.)
        var subIndicator: String?
        /// Nil for the items of an indicator whose sub-indicator is not known: no heading. (Not
        /// `name`, which a nil would resolve to the indicator's name.)
        var heading: String?
        var items: [ItemRow]
        /// Set by the indicator section that holds the group.
        var caption = ""

        init(subIndicator: String?, heading: String?, items: [ItemRow]) {
            self.subIndicator = subIndicator
            self.heading = heading
            self.items = items
        }
    }

    struct ItemRow: Encodable {
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
