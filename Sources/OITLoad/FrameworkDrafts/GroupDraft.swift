import OITModel

package struct GroupDraft: DraftEntry {
    package var key: Located<String>
    package var name: String?
    package var indicator: Located<Int>?
    package var location: SourceLocation

    package mutating func correct(with other: GroupDraft) {
        name = other.name ?? name
        indicator = other.indicator ?? indicator
        key = other.key
        location = other.location
    }
}
