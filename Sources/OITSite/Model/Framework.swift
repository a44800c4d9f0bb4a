/// A round's assessment framework, loaded from a data file: tools and weights, indicators,
/// sub-indicators, bands, pass labels, survey questions and the OIT items.
public struct Framework: Sendable {
    public var round: Int
    public var partial: Bool
    public var note: String?
    public var tools: [Tool]
    public var indicators: [Indicator]
    public var groups: [IndicatorGroup]
    public var bands: [Band]
    public var labels: [PassLabel]
    public var questions: [Question]
    public var items: [FrameworkItem]
    public var source: SourceLocation

    public func item(_ code: String) -> FrameworkItem? { items.first { $0.code == code } }
    public func indicator(_ number: Int) -> Indicator? { indicators.first { $0.number == number } }
    public func group(_ code: String) -> IndicatorGroup? { groups.first { $0.code == code } }
    public func question(_ code: String) -> Question? { questions.first { $0.code == code } }
    public func tool(_ code: String) -> Tool? { tools.first { $0.code == code } }
    public func items(in group: IndicatorGroup) -> [FrameworkItem] { items.filter { $0.group == group.code } }
    public func groups(of indicator: Indicator) -> [IndicatorGroup] { groups.filter { $0.indicator == indicator.number } }
    public func indicators(of tool: Tool) -> [Indicator] { indicators.filter { $0.tool == tool.code } }

    /// The item whose page shows the analysis and measures (o42 in 2566), or the progress (o43).
    public func item(holding content: FrameworkItem.Holds) -> FrameworkItem? { items.first { $0.holds == content } }
}

public struct Tool: Sendable {
    public var code: String
    public var name: String
    public var weight: Double
}

public struct Indicator: Sendable {
    public var number: Int
    public var name: String
    public var tool: String
}

public struct IndicatorGroup: Sendable {
    public var code: String
    public var name: String
    public var indicator: Int
}

public struct Band: Sendable {
    public var grade: String
    public var min: Double
}

public struct PassLabel: Sendable {
    public var label: String
    public var min: Double
    public var everyToolMin: Double?
}

public struct Question: Sendable {
    public var code: String
    public var indicator: Int
    public var text: String
}

public struct FrameworkItem: Sendable {
    public enum Holds: String, Sendable, CaseIterable, Choice {
        case analysis, progress
        var spellings: [String] { [rawValue] }
    }

    public var code: String
    public var title: String
    public var group: String
    public var period: PeriodRule
    public var elements: [String]
    public var holds: Holds?
    public var location: SourceLocation
}

/// When an item's content must be dated, relative to the fiscal year assessed.
public enum PeriodRule: String, Sendable, CaseIterable, Choice {
    case current
    case inForce = "in-force"
    case inYear = "in-year"
    case firstHalf = "first-half"
    case previousYear = "previous-year"

    var spellings: [String] { [rawValue] }
}
