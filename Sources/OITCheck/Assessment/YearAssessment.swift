import OITModel

/// Everything derived from one agency-year, computed once in Check: item counts, the score card,
/// strengths and weak points, stated figures that disagree, the change from the previous round and
/// the coverage of progress reports. The checks warn from it and every page formats it; nothing
/// downstream computes a figure again.
public struct YearAssessment: Sendable {
    public let year: Int
    public let framework: Framework
    /// The items the year is assessed on: the framework's, completed or corrected by what the
    /// entries say of an item (title, group, elements). Empty for a results-only year.
    public let items: [FrameworkItem]
    /// Codes a partial framework does not list that the content defines and the year publishes.
    public let itemsFromContent: [String]
    /// Each item's state: its entry's, or done for an item that holds content the year has.
    private let statuses: [String: ItemStatus]
    public let counts: ItemCounts
    /// Done items that show the previous round's analysis (o42 in 2566) while the content has no
    /// results of that round: their pages can only say the results are not published here.
    public let analysisWithoutResults: [String]
    /// Items done by their entry that give no evidence, so their page shows "done" beside "no
    /// evidence": the build warns about each (an item done because it holds content links to it).
    public let doneWithoutEvidence: [String]
    /// Each item's required elements and which the agency confirms, by code; no tally for an item
    /// whose elements are not listed.
    private let elementTallies: [String: ElementTally]
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
    /// The year's ITAS survey links, made from its ITAS code; nil without one.
    public let itas: ITASLinks?
    /// The OIT score the items would get as they stand, item by item; nil for a year without a
    /// checklist.
    public let oit: OITPrediction?

    /// - Parameters:
    ///   - previous: the previous year's score card, for the change from last round.
    ///   - nextMeasures: the measures of the following year, which answer this year's weak points.
    ///   - itas: the year's ITAS survey links (`ITASChecks.links`).
    ///   - site: the agency's own website, where evidence must be for an item to pass.
    ///   - links: fetched evidence links (`oit check --links`), whose dead links fail their items.
    package init(
        year: AgencyYear, framework: Framework, previous: (year: Int, card: ScoreCard)?, nextMeasures: [Measure],
        itas: ITASLinks? = nil, site: SiteHosts = SiteHosts([]), links: LinkResults? = nil
    ) {
        self.year = year.year
        self.framework = framework
        self.itas = itas
        let (items, fromContent) = year.hasChecklist ? Self.resolveItems(framework, year.entries) : ([], [])
        self.items = items
        itemsFromContent = fromContent
        var statuses: [String: ItemStatus] = [:]
        for item in items {
            let entry = year.entries[item.code]
            if Self.holdsContent(item, of: year), entry?.status != .notApplicable {
                statuses[item.code] = .done
            } else if let entry {
                statuses[item.code] = entry.status
            }
        }
        self.statuses = statuses
        let tallies = Dictionary(
            uniqueKeysWithValues: items.compactMap { item in
                ElementTally(item, entry: year.entries[item.code], hasITASCode: itas != nil).map { (item.code, $0) }
            })
        elementTallies = tallies
        oit = year.hasChecklist ? Self.predict(year, items, framework, previous, statuses, tallies, site, links) : nil
        counts = ItemCounts(items.map { statuses[$0.code] })
        doneWithoutEvidence = items.filter { item in
            statuses[item.code] == .done && !Self.holdsContent(item, of: year)
                && (year.entries[item.code]?.evidence.isEmpty ?? true)
        }.map(\.code)
        analysisWithoutResults =
            previous == nil ? items.filter { $0.holds == .analysis && statuses[$0.code] == .done }.map(\.code) : []
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
                let point = ScoredPoint(
                    subject: .indicator(indicator.number), score: score, addressedBy: measures.map(\.id.value))
                if score >= threshold { strengths.append(point) } else { weaknesses.append(point) }
            }
            for code in QuestionOrder.sorted(results.questions.keys) {
                guard let score = results.questions[code]?.value else { continue }
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
        reportCoverage = Dictionary(
            uniqueKeysWithValues: year.reports.map { ($0.id, ReportCoverage($0, measures: year.measures)) })
    }

    /// Each item judged by `ItemPass`, added up by the round's rule.
    private static func predict(
        _ year: AgencyYear, _ items: [FrameworkItem], _ framework: Framework, _ previous: (year: Int, card: ScoreCard)?,
        _ statuses: [String: ItemStatus], _ tallies: [String: ElementTally], _ site: SiteHosts,
        _ links: LinkResults?
    ) -> OITPrediction {
        OITPrediction(items: items, framework: framework, previous: previous) { item in
            ItemPass.failures(
                item, entry: year.entries[item.code], status: statuses[item.code], tally: tallies[item.code],
                holdsContent: holdsContent(item, of: year), fiscalYear: year.fiscalYear, site: site,
                links: links)
        }
    }

    /// The state of an item of the year; nil when the year has no entry for it.
    public func status(of code: String) -> ItemStatus? { statuses[code] }

    /// An item's required elements and which are confirmed; nil when no element is listed.
    public func elements(of code: String) -> ElementTally? { elementTallies[code] }

    /// An item that shows other content of the year (the measures for o42, the progress reports
    /// for o43 in 2566) is done when that content exists, whatever its entry says (a new year's
    /// scaffold writes it not-started), unless the entry says it does not apply.
    package static func holdsContent(_ item: FrameworkItem, of year: AgencyYear) -> Bool {
        switch item.holds {
        case .analysis?: return !year.measures.isEmpty
        case .progress?: return !year.reports.isEmpty
        case nil: return false
        }
    }

    /// The framework's items with the entries' corrections, and, in a partial framework, the items
    /// only the content names (with a title), merged in the natural order of their codes.
    package static func resolveItems(_ framework: Framework, _ entries: [String: ItemEntry]) -> ([FrameworkItem], [String]) {
        var items = framework.items.map { item -> FrameworkItem in
            guard let definition = entries[item.code]?.definition, !definition.isEmpty else { return item }
            var corrected = item
            if let title = definition.title { corrected.title = title.value }
            if let group = definition.group { corrected.group = group.value }
            if let elements = definition.elements { corrected.elements = elements }
            return corrected
        }
        guard framework.partial else { return (items, []) }
        let known = Set(items.map(\.code))
        let added = entries.values.filter { !known.contains($0.code.value) && $0.definition.title != nil }
            .sorted { QuestionOrder.less($0.code.value, $1.code.value) }
        guard !added.isEmpty else { return (items, []) }
        for entry in added {
            let definition = entry.definition
            guard let title = definition.title else { continue }
            items.append(
                FrameworkItem(
                    code: entry.code.value, title: title.value, group: definition.group?.value ?? "",
                    period: .current, periodStated: false, elements: definition.elements ?? [], holds: nil,
                    role: nil, source: nil, confidence: nil, location: entry.code.location))
        }
        return (items.sorted { QuestionOrder.less($0.code, $1.code) }, added.map(\.code.value))
    }

    /// Whether a question's score is a weak point of this round.
    public func isWeak(question code: String) -> Bool {
        weaknesses.contains { $0.subject == .question(code) }
    }

    /// The item list's completeness, a whole percentage of the items that apply.
    public var readiness: Int { counts.percentDone }
}
