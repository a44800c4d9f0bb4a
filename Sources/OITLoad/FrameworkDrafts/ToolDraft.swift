import OITModel

package struct ToolDraft: DraftEntry {
    package var key: Located<String>
    package var name: String?
    package var weight: Double?
    package var questionPrefix: String?
    package var location: SourceLocation

    package mutating func correct(with other: ToolDraft) {
        name = other.name ?? name
        weight = other.weight ?? weight
        questionPrefix = other.questionPrefix ?? questionPrefix
        key = other.key
        location = other.location
    }
}
