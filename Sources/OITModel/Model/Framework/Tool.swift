/// One of the round's assessment tools (IIT, EIT, OIT) and its weight in the overall score.
public struct Tool: Sendable {
    public var code: String
    public var name: String
    public var weight: Double
    /// The letters that start the codes of this tool's questions or items (`i`, `e`, `o`), so a
    /// code alone tells which tool it belongs to.
    public var questionPrefix: String?

    package init(code: String, name: String, weight: Double, questionPrefix: String? = nil) {
        self.code = code
        self.name = name
        self.weight = weight
        self.questionPrefix = questionPrefix
    }
}
