import OITModel

package struct ItemDraft: DraftEntry {
    package var key: Located<String>
    package var title: String?
    package var group: Located<String>?
    package var period: PeriodRule?
    package var elements: [String]?
    package var holds: FrameworkItem.Holds?
    package var role: FrameworkItem.Role?
    package var roleElement: Located<Int>?
    package var source: String?
    package var confidence: Confidence?
    package var location: SourceLocation

    package init(key: Located<String>, location: SourceLocation) {
        self.key = key
        self.location = location
    }

    package mutating func correct(with other: ItemDraft) {
        title = other.title ?? title
        group = other.group ?? group
        period = other.period ?? period
        elements = other.elements ?? elements
        holds = other.holds ?? holds
        role = other.role ?? role
        roleElement = other.roleElement ?? roleElement
        source = other.source ?? source
        confidence = other.confidence ?? confidence
        key = other.key
        location = other.location
    }
}
