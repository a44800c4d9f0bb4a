struct IndicatorDraft: DraftEntry {
    var number: Located<Int>
    var name: String?
    var tool: Located<String>?
    var location: SourceLocation
    var key: Located<String> { Located(String(number.value), at: number.location) }

    mutating func correct(with other: IndicatorDraft) {
        name = other.name ?? name
        tool = other.tool ?? tool
        number = other.number
        location = other.location
    }
}
