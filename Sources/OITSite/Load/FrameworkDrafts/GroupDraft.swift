struct GroupDraft: DraftEntry {
    var key: Located<String>
    var name: String?
    var indicator: Located<Int>?
    var location: SourceLocation

    mutating func correct(with other: GroupDraft) {
        name = other.name ?? name
        indicator = other.indicator ?? indicator
        key = other.key
        location = other.location
    }
}
