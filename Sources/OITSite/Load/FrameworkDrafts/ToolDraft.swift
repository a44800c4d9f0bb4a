struct ToolDraft: DraftEntry {
    var key: Located<String>
    var name: String?
    var weight: Double?
    var questionPrefix: String?
    var location: SourceLocation

    mutating func correct(with other: ToolDraft) {
        name = other.name ?? name
        weight = other.weight ?? weight
        questionPrefix = other.questionPrefix ?? questionPrefix
        key = other.key
        location = other.location
    }
}
