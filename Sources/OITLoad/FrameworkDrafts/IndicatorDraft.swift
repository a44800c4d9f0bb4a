import OITModel

package struct IndicatorDraft: DraftEntry {
    package var number: Located<Int>
    package var name: String?
    package var tool: Located<String>?
    package var location: SourceLocation
    package var key: Located<String> { Located(String(number.value), at: number.location) }

    package mutating func correct(with other: IndicatorDraft) {
        name = other.name ?? name
        tool = other.tool ?? tool
        number = other.number
        location = other.location
    }
}
