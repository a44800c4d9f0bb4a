import OITModel

package struct BandDraft: DraftEntry {
    package var key: Located<String>
    package var min: Double?
    package var location: SourceLocation

    package mutating func correct(with other: BandDraft) {
        min = other.min ?? min
        key = other.key
        location = other.location
    }
}
