/// How the round adds OIT item scores up (`oit_scoring:` in the framework file). Each item scores
/// 100 or 0 and a sub-indicator is the share of its items that score 100; what the round states is
/// how an indicator is made of those. Seed 001 (2566) shows the mean of the sub-indicators:
/// indicator 9 = 93.00 with one item failing in 9.1 and one in 9.4, where a plain share of the 30
/// items would give 93.33. The OIT tool is the mean of its indicators, as every tool is
/// (`ScoreCard`).
public struct OITScoring: Sendable, Equatable {
    public enum IndicatorRule: String, Sendable, CaseIterable, Choice {
        /// The mean of the indicator's sub-indicator shares (2566, seed 001).
        case meanOfGroups = "mean-of-groups"
        /// The share of all the indicator's items that score 100.
        case shareOfItems = "share-of-items"

        package var spellings: [String] { [rawValue] }
    }

    public var indicator: IndicatorRule

    /// What a file that states no `oit_scoring:` gets: the rule seed 001 confirms for 2566, the
    /// only round whose grouping and item scores are known together.
    public static let standard = OITScoring(indicator: .meanOfGroups)

    package init(indicator: IndicatorRule) {
        self.indicator = indicator
    }
}
