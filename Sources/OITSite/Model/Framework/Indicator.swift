/// A numbered indicator (ตัวชี้วัด) and the tool that measures it.
public struct Indicator: Sendable {
    public var number: Int
    public var name: String
    public var tool: String
    /// Where the indicator is written, for messages about it.
    public var location: SourceLocation?
}
