import OITModel

package struct LabelDraft: DraftEntry {
    package var key: Located<String>
    package var min: Double?
    package var everyToolMin: Double?
    package var location: SourceLocation

    package mutating func correct(with other: LabelDraft) {
        min = other.min ?? min
        everyToolMin = other.everyToolMin ?? everyToolMin
        key = other.key
        location = other.location
    }
}
