struct ItemDraft: DraftEntry {
    var key: Located<String>
    var title: String?
    var group: Located<String>?
    var period: PeriodRule?
    var elements: [String]?
    var holds: FrameworkItem.Holds?
    var role: FrameworkItem.Role?
    var roleElement: Located<Int>?
    var source: String?
    var confidence: Confidence?
    var location: SourceLocation

    init(key: Located<String>, location: SourceLocation) {
        self.key = key
        self.location = location
    }

    mutating func correct(with other: ItemDraft) {
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
