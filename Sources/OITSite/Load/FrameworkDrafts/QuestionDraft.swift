struct QuestionDraft: DraftEntry {
    var key: Located<String>
    var indicator: Int?
    var text: String?
    var location: SourceLocation

    mutating func correct(with other: QuestionDraft) {
        indicator = other.indicator ?? indicator
        text = other.text ?? text
        key = other.key
        location = other.location
    }
}
