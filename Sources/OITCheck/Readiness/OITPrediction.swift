import OITModel

/// The OIT score the year's content would get if assessed as it stands: each item's verdict
/// (`ItemPass`), the sub-indicator, indicator and tool figures made by the round's `oit_scoring:`,
/// and, with the previous round's IIT and EIT, an overall score with its band and label. Computed
/// once in Check; the summary only formats it.
public struct OITPrediction: Sendable {
    /// One scored item and why it would score 0 (nothing when it passes).
    public struct Verdict: Sendable, Equatable {
        public var code: String
        public var failures: [ItemFailure]
        public var passes: Bool { failures.isEmpty }
    }

    /// A sub-indicator's or an indicator's predicted score, two decimals as published.
    public struct Figure: Sendable, Equatable {
        public var code: String
        public var score: Double
    }

    /// The round whose framework judged the items.
    public let round: Int
    /// Items that apply (not `n/a`), in the year's item order.
    public let verdicts: [Verdict]
    /// Sub-indicator figures in framework order; empty when the grouping is unknown.
    public let groups: [Figure]
    /// Indicator figures (`"9"`, `"10"`) in framework order.
    public let indicators: [Figure]
    /// The OIT tool's figure, when every one of its indicators has one.
    public let tool: Double?
    /// False for a round whose sub-indicators are placeholders (partial rounds 2567–2569): each
    /// indicator's figure is then the share of all its items, as if it had one sub-indicator.
    public let groupingKnown: Bool
    /// The overall score with the previous round's IIT and EIT and this prediction's OIT, and
    /// that round's year; nil when the previous round's results are not in the content.
    public let overall: (year: Int, card: ScoreCard)?

    public var passing: Int { verdicts.filter(\.passes).count }
    public var failing: [Verdict] { verdicts.filter { !$0.passes } }

    /// - Parameter verdict: the item's failures, nil when it does not apply (`ItemPass.failures`).
    package init(
        items: [FrameworkItem], framework: Framework, previous: (year: Int, card: ScoreCard)?,
        verdict: (FrameworkItem) -> [ItemFailure]?
    ) {
        round = framework.round
        var byGroup: [String: [Bool]] = [:]
        var verdicts: [Verdict] = []
        for item in items {
            guard let failures = verdict(item) else { continue }
            verdicts.append(Verdict(code: item.code, failures: failures))
            byGroup[item.group, default: []].append(failures.isEmpty)
        }
        self.verdicts = verdicts
        let scored = framework.indicators.filter { !framework.groups(of: $0).filter { byGroup[$0.code] != nil }.isEmpty }
        let groupingKnown =
            !framework.partial && !scored.flatMap { framework.groups(of: $0) }.contains(where: \.standsForIndicator)
        self.groupingKnown = groupingKnown
        var groups: [Figure] = []
        var indicators: [Figure] = []
        for indicator in scored {
            let parts = framework.groups(of: indicator).compactMap { group in
                byGroup[group.code].map { Figure(code: group.code, score: Self.share($0)) }
            }
            if groupingKnown { groups += parts }
            let score =
                groupingKnown && framework.oitScoring.indicator == .meanOfGroups
                ? parts.map(\.score).reduce(0, +) / Double(parts.count)
                : Self.share(framework.groups(of: indicator).flatMap { byGroup[$0.code] ?? [] })
            indicators.append(Figure(code: String(indicator.number), score: ScoreCard.rounded(score)))
        }
        self.groups = groups
        self.indicators = indicators
        let tool = scored.first.flatMap { framework.tool($0.tool) }
        let toolNumbers = tool.map { framework.indicators(of: $0).map { String($0.number) } } ?? []
        let toolScores = indicators.filter { toolNumbers.contains($0.code) }.map(\.score)
        self.tool =
            !toolScores.isEmpty && toolScores.count == toolNumbers.count
            ? ScoreCard.rounded(toolScores.reduce(0, +) / Double(toolScores.count)) : nil
        overall = previous.flatMap { previous in
            Self.overall(indicators, of: tool, with: previous.card, framework).map { (previous.year, $0) }
        }
    }

    /// The share of passing items, 0–100, rounded as published.
    package static func share(_ passes: [Bool]) -> Double {
        passes.isEmpty ? 0 : ScoreCard.rounded(100 * Double(passes.filter { $0 }.count) / Double(passes.count))
    }

    /// The previous round's indicator and tool figures for the other tools, this prediction's for
    /// OIT, made into a score card by `ScoreCard` itself; nil unless every tool has a score.
    private static func overall(_ predicted: [Figure], of tool: Tool?, with card: ScoreCard, _ framework: Framework)
        -> ScoreCard?
    {
        guard let tool else { return nil }
        let place = framework.source
        let others = Set(framework.indicators.filter { $0.tool != tool.code }.map(\.number))
        var indicators = card.indicators.filter { others.contains($0.key) }.mapValues { Located($0, at: place) }
        for figure in predicted { if let number = Int(figure.code) { indicators[number] = Located(figure.score, at: place) } }
        var tools: [String: Located<Double>] = [:]
        for score in card.tools where score.fromToolFigure && score.tool.code != tool.code {
            if let value = score.score { tools[score.tool.code] = Located(value, at: place) }
        }
        let results = Results(
            indicators: indicators, questions: [:], tools: tools,
            stated: StatedFigures(overall: nil, tools: [:], grade: nil, label: nil), source: place)
        let predicted = ScoreCard(results: results, framework: framework)
        return predicted.overall == nil ? nil : predicted
    }
}
