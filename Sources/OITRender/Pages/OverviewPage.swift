import OITLoad
import OITModel

/// A year's overview: every item grouped by indicator and sub-indicator, with counts.
package struct OverviewPage: PageModel {
    package static let template = "overview"

    package struct IndicatorSection: Encodable {
        package var number: String
        package var name: String
        package var groups: [GroupSection]

        /// Gives each group table its caption: indicator and sub-indicator, so the seven tables of a
        /// round can be told apart in a screen reader's list of tables.
        package init(number: String, name: String, groups: [GroupSection]) {
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

    package struct GroupSection: Encodable {
        /// The official sub-indicator number; nil where the round's numbers are not known. (Not
        /// `code`: Mustache would find an outer `code` for a nil one.)
        package var subIndicator: String?
        /// Nil for the items of an indicator whose sub-indicator is not known: no heading. (Not
        /// `name`, which a nil would resolve to the indicator's name.)
        package var heading: String?
        package var items: [ItemRow]
        /// Set by the indicator section that holds the group.
        package var caption = ""

        package init(subIndicator: String?, heading: String?, items: [ItemRow]) {
            self.subIndicator = subIndicator
            self.heading = heading
            self.items = items
        }
    }

    package struct ItemRow: Encodable {
        package var code: String
        package var title: String
        package var href: String
        package var status: StatusView
        package var updated: String?
    }

    package var year: String
    package var fiscalYear: String
    package var round: String
    /// False for a results-only year: no counts, no item list.
    package var hasChecklist: Bool
    package var counts: CountsView
    package var result: LinkView?
    package var indicators: [IndicatorSection]
    /// Items whose group the round's framework does not name (given by the content).
    package var others: [ItemRow]
    package var hasOthers: Bool
    package var reports: [LinkView]
    package var submission: String
    package var json: String
}
