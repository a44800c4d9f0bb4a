/// One OIT item of a round: its code, title, sub-indicator, required data elements and period rule.
public struct FrameworkItem: Sendable {
    /// What the item's page shows besides its evidence.
    public enum Holds: String, Sendable, CaseIterable, Choice {
        case analysis, progress
        var spellings: [String] { [rawValue] }
    }

    /// A part the item plays for the whole site, independent of its code in the round.
    public enum Role: String, Sendable, CaseIterable, Choice {
        /// The agency's personal-data protection policy, which every public site must link.
        case privacyPolicy = "privacy-policy"
        var spellings: [String] { [rawValue] }
    }

    public var code: String
    public var title: String
    public var group: String
    public var period: PeriodRule
    /// False when the framework file does not state a period rule: `period` is then `current`
    /// (no date check), and references say the rule is unknown.
    public var periodStated: Bool
    public var elements: [String]
    public var holds: Holds?
    public var role: Role?
    /// The public document or site the item's facts come from, by title or URL.
    public var source: String?
    public var confidence: Confidence?
    public var location: SourceLocation
}
