/// Everything derived from one agency-year, computed once in Check: item counts, the score card,
/// strengths and weak points, stated figures that disagree, the change from the previous round and
/// the coverage of progress reports. The checks warn from it and every page formats it; nothing
/// downstream computes a figure again.
public struct YearAssessment: Sendable {
    public let year: Int
    public let framework: Framework
    /// The items the year is assessed on, in framework order.
    public let items: [FrameworkItem]
    public let counts: ItemCounts
    /// The computed result of the round, when the year's results are in the content.
    public let scoreCard: ScoreCard?
    /// Scores below this are weak points: the agency's own threshold, else the round's default.
    public let threshold: Double
    /// Indicators scored at or above the threshold, in framework order.
    public let strengths: [ScoredPoint]
    /// Indicators, then survey questions, scored below the threshold.
    public let weaknesses: [ScoredPoint]
    public let discrepancies: [Discrepancy]
    /// The previous round's year and how each figure moved since, when both rounds have results.
    public let comparison: (year: Int, changes: [ScoreChange])?
    /// Coverage of each progress report of the year, by report id.
    public let reportCoverage: [String: ReportCoverage]

    /// - Parameters:
    ///   - previous: the previous year's score card, for the change from last round.
    ///   - nextMeasures: the measures of the following year, which answer this year's weak points.
    init(year: AgencyYear, framework: Framework, previous: (year: Int, card: ScoreCard)?, nextMeasures: [Measure]) {
        self.year = year.year
        self.framework = framework
        items = framework.items
        counts = ItemCounts(items.map { year.entries[$0.code]?.status })
        let card = year.results.map { ScoreCard(results: $0, framework: framework) }
        scoreCard = card
        let threshold = year.analysis?.threshold ?? framework.analysisThreshold
        self.threshold = threshold
        var strengths: [ScoredPoint] = []
        var weaknesses: [ScoredPoint] = []
        if let card, let results = year.results {
            for indicator in framework.indicators {
                guard let score = card.indicators[indicator.number] else { continue }
                let code = String(indicator.number)
                let groups = Set(framework.groups(of: indicator).map(\.code))
                let measures = nextMeasures.filter { $0.indicators.contains { $0.value == code || groups.contains($0.value) } }
                let point = ScoredPoint(subject: .indicator(indicator.number), score: score, addressedBy: measures.map(\.id.value))
                if score >= threshold { strengths.append(point) } else { weaknesses.append(point) }
            }
            for code in results.questions.keys.sorted(by: QuestionOrder.less) {
                let score = results.questions[code]!.value
                guard score < threshold else { continue }
                let measures = nextMeasures.filter { measure in
                    measure.questions.contains { $0.value == code } || measure.items.contains { $0.value == code }
                }
                weaknesses.append(ScoredPoint(subject: .question(code), score: score, addressedBy: measures.map(\.id.value)))
            }
        }
        self.strengths = strengths
        self.weaknesses = weaknesses
        discrepancies = card.flatMap { card in year.results.map { Discrepancy.all(stated: $0.stated, card: card) } } ?? []
        if let card, let previous {
            comparison = (previous.year, ScoreChange.all(from: previous.card, to: card, framework: framework))
        } else {
            comparison = nil
        }
        reportCoverage = Dictionary(uniqueKeysWithValues: year.reports.map { ($0.id, ReportCoverage($0, measures: year.measures)) })
    }

    /// Whether a question's score is a weak point of this round.
    public func isWeak(question code: String) -> Bool {
        weaknesses.contains { $0.subject == .question(code) }
    }

    /// The item list's completeness, a whole percentage of the items that apply.
    public var readiness: Int { counts.percentDone }
}
