/// A numbered indicator (ตัวชี้วัด) and the tool that measures it.
public struct Indicator: Sendable {
    public var number: Int
    public var name: String
    public var tool: String
    /// Where the indicator is written, for messages about it.
    public var location: SourceLocation?

    package init(number: Int, name: String, tool: String, location: SourceLocation? = nil) {
        self.number = number
        self.name = name
        self.tool = tool
        self.location = location
    }
}
