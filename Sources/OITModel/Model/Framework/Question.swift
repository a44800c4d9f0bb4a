/// A survey question (i1, e3, …) and the indicator its score counts towards.
public struct Question: Sendable {
    public var code: String
    public var indicator: Int
    public var text: String

    package init(code: String, indicator: Int, text: String) {
        self.code = code
        self.indicator = indicator
        self.text = text
    }
}
