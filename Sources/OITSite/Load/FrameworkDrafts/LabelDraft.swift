struct LabelDraft: DraftEntry {
    var key: Located<String>
    var min: Double?
    var everyToolMin: Double?
    var location: SourceLocation

    mutating func correct(with other: LabelDraft) {
        min = other.min ?? min
        everyToolMin = other.everyToolMin ?? everyToolMin
        key = other.key
        location = other.location
    }
}
