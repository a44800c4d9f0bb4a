import OITModel

/// Every figure derived from a round's results: tool scores, overall score, band and pass label.
/// Computed from indicator scores with the framework's weights, never typed by a person.
public struct ScoreCard: Sendable {
    public struct ToolScore: Sendable {
        public var tool: Tool
        public var score: Double?
        /// True when the score comes from `tools:` because the indicator scores are not known.
        public var fromToolFigure: Bool
    }

    public var indicators: [Int: Double]
    public var tools: [ToolScore]
    public var overall: Double?
    public var band: Band?
    public var label: PassLabel?
    /// Indicators of the framework with no score and no tool figure to stand in for them.
    public var missingIndicators: [Int]

    public init(results: Results, framework: Framework) {
        indicators = results.indicators.mapValues(\.value)
        var missing: [Int] = []
        tools = framework.tools.map { tool in
            let numbers = framework.indicators(of: tool).map(\.number)
            let scores = numbers.compactMap { results.indicators[$0]?.value }
            if !numbers.isEmpty, scores.count == numbers.count {
                return ToolScore(tool: tool, score: scores.reduce(0, +) / Double(scores.count), fromToolFigure: false)
            }
            if let figure = results.tools[tool.code] {
                return ToolScore(tool: tool, score: figure.value, fromToolFigure: true)
            }
            missing += numbers.filter { results.indicators[$0] == nil }
            return ToolScore(tool: tool, score: nil, fromToolFigure: false)
        }
        missingIndicators = missing
        let known = tools.compactMap { tool in tool.score.map { (tool.tool.weight, $0) } }
        if known.count == tools.count, !tools.isEmpty {
            let total = ScoreCard.rounded(known.reduce(0) { $0 + $1.0 * $1.1 })
            overall = total
            band = framework.bands.first { total >= $0.min }
            let toolScores = tools.compactMap(\.score).map(ScoreCard.rounded)
            label = framework.labels.first { label in
                total >= label.min && (label.everyToolMin.map { floor in toolScores.allSatisfy { $0 >= floor } } ?? true)
            }
        }
    }

    public func score(of tool: String) -> Double? { tools.first { $0.tool.code == tool }?.score }

    /// Scores are published with two decimals; bands and labels are decided on that figure.
    public static func rounded(_ value: Double) -> Double { PublishedScore.rounded(value) }

    /// How far a stated figure may differ from the computed one before the build warns.
    public static let tolerance = 0.01
}
