/// A sub-indicator (ตัวชี้วัดย่อย, e.g. 9.1) that groups OIT items under an indicator.
public struct IndicatorGroup: Sendable {
    public var code: String
    public var name: String
    public var indicator: Int
    /// Where the group is written, for messages about it.
    public var location: SourceLocation?

    /// Whether the code is an official sub-indicator number (`9.1`). A round whose numbers are not
    /// known names its groups otherwise (`9-budget`), and those codes are not shown to readers.
    public var isNumbered: Bool {
        let parts = code.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil }
    }

    /// A placeholder that stands for the whole indicator (code `9`): the items' sub-indicator is
    /// not known, so pages list them under the indicator alone.
    public var standsForIndicator: Bool { code == String(indicator) }

    package init(code: String, name: String, indicator: Int, location: SourceLocation? = nil) {
        self.code = code
        self.name = name
        self.indicator = indicator
        self.location = location
    }
}
