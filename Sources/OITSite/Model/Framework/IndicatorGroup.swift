/// A sub-indicator (ตัวชี้วัดย่อย, e.g. 9.1) that groups OIT items under an indicator.
public struct IndicatorGroup: Sendable {
    public var code: String
    public var name: String
    public var indicator: Int
    /// Where the group is written, for messages about it.
    public var location: SourceLocation?
}
