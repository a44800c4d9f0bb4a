struct BandDraft: DraftEntry {
    var key: Located<String>
    var min: Double?
    var location: SourceLocation

    mutating func correct(with other: BandDraft) {
        min = other.min ?? min
        key = other.key
        location = other.location
    }
}
