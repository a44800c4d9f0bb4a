import OITModel

package struct QuestionDraft: DraftEntry {
    package var key: Located<String>
    package var indicator: Int?
    package var text: String?
    package var location: SourceLocation

    package mutating func correct(with other: QuestionDraft) {
        indicator = other.indicator ?? indicator
        text = other.text ?? text
        key = other.key
        location = other.location
    }
}
