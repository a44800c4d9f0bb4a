import OITCheck
import OITLoad
import OITModel

/// Formats a year's assessment as its results page: computed scores, comparison with the
/// previous round, per-question scores and the analysis. Every figure comes from the assessment.
package struct ResultsPageBuilder {
    package let context: YearContext
    package let results: Results
    package let card: ScoreCard

    private var assessment: YearAssessment { context.assessment }
    private var framework: Framework { context.framework }

    package var page: ResultsPage {
        let indicators = framework.indicators.map { indicator -> ResultsPage.IndicatorScoreRow in
            let point = ScoredPoint.Subject.indicator(indicator.number)
            return ResultsPage.IndicatorScoreRow(
                anchor: Anchor.indicator(String(indicator.number)).id, number: context.number(indicator.number),
                name: indicator.name, tool: indicator.tool, score: card.indicators[indicator.number].map(context.score),
                strength: assessment.strengths.contains { $0.subject == point },
                weakness: assessment.weaknesses.contains { $0.subject == point })
        }
        let tools = card.tools.map {
            ResultsPage.ToolScoreRow(
                code: $0.tool.code, name: $0.tool.name, weight: context.number(Int(($0.tool.weight * 100).rounded())) + "%",
                score: $0.score.map(context.score), fromToolFigure: $0.fromToolFigure)
        }
        let nextYear = context.next.flatMap { $0.measures.isEmpty ? nil : $0 }
        return ResultsPage(
            year: context.yearLabel, indicators: indicators, tools: tools, overall: card.overall.map(context.score),
            grade: card.band?.grade, label: card.label?.label, labelKey: card.band.map { $0.grade.lowercased() },
            incomplete: card.overall == nil, discrepancies: assessment.discrepancies.map(note), comparison: comparison,
            questions: questionGroups, analysis: analysis,
            measuresLink: nextYear.map {
                LinkView(title: PageText.measures(context.number($0.year)), href: Route.measures(year: $0.year).href)
            })
    }

    /// A stated figure that disagrees with the computed one, as the page tells readers.
    private func note(_ discrepancy: Discrepancy) -> String {
        func text(_ value: Discrepancy.Value) -> String {
            switch value {
            case .score(let score): return context.score(score)
            case .text(let word): return word
            }
        }
        return PageText.discrepancy(discrepancy.figure, stated: text(discrepancy.stated), computed: text(discrepancy.computed))
    }

    private var comparison: ResultsPage.ComparisonView? {
        guard let comparison = assessment.comparison, !comparison.changes.isEmpty else { return nil }
        let rows = comparison.changes.map { change -> (label: String, change: ScoreChange) in
            switch change.subject {
            case .indicator(let number, let name): return ("\(context.number(number)) \(name)", change)
            case .tool(let code): return (code, change)
            case .overall: return (PageText.overall, change)
            }
        }
        let views = rows.map { row in
            ResultsPage.ComparisonRow(
                label: row.label, previous: context.score(row.change.before), current: context.score(row.change.after),
                change: Digits.apply(Figures.change(row.change.change), context.digits),
                direction: row.change.direction.rawValue, directionLabel: PageText.change(row.change.direction))
        }
        let previousYear = context.number(comparison.year)
        let chart = ComparisonChart.svg(
            rows: rows.map { ($0.label, $0.change.before, $0.change.after) },
            previousLabel: previousYear, currentLabel: context.yearLabel, digits: context.digits)
        return ResultsPage.ComparisonView(previousYear: previousYear, year: context.yearLabel, rows: views, chart: chart)
    }

    /// Per-question scores, one group per tool, in the order of the framework's tools.
    private var questionGroups: [ResultsPage.QuestionGroup] {
        let codes = QuestionOrder.sorted(results.questions.keys)
        return framework.tools.compactMap { tool -> ResultsPage.QuestionGroup? in
            guard let prefix = tool.questionPrefix else { return nil }
            let rows = codes.filter { $0.hasPrefix(prefix) }.compactMap { code -> ResultsPage.QuestionRow? in
                guard let result = results.questions[code] else { return nil }
                return ResultsPage.QuestionRow(
                    anchor: Anchor.question(code).id, code: code, text: context.questionText(code, in: framework),
                    score: context.score(result.value),
                    weakness: assessment.isWeak(question: code))
            }
            guard !rows.isEmpty else { return nil }
            return ResultsPage.QuestionGroup(
                indicator: tool.name.isEmpty ? tool.code : "\(tool.code) \(tool.name)", questions: rows)
        }
    }

    private var analysis: ResultsPage.AnalysisView {
        let analysis = context.year.analysis
        let strengths = assessment.strengths.compactMap { point -> LinkView? in
            guard case .indicator(let number) = point.subject, let indicator = framework.indicator(number) else { return nil }
            return LinkView(
                title: PageText.strength(
                    PageText.indicator(context.number(number), indicator.name), score: context.score(point.score)),
                href: Route.results(year: context.year.year).href(anchor: .indicator(String(number))))
        }
        let nextMeasures = context.next?.measures ?? []
        let entries = (analysis?.entries ?? []).map { entry -> ResultsPage.AnalysisEntryView in
            let subject: String
            switch entry.subject.value {
            case .indicator(let code):
                subject = context.indicatorName(code, in: framework)
            case .question(let code):
                subject = [code, context.questionText(code, in: framework)].compactMap { $0 }.joined(separator: " ")
            case .general:
                subject = PageText.general
            }
            let measure = entry.measure.flatMap { id in nextMeasures.first { $0.id.value == id.value } }.flatMap { measure in
                context.next.map { context.link(to: measure, of: $0.year) }
            }
            return ResultsPage.AnalysisEntryView(
                subject: subject, issue: entry.issue, analysis: entry.analysis.map(Markdown.html),
                steps: entry.steps, period: entry.period, unit: entry.unit, measure: measure)
        }
        return ResultsPage.AnalysisView(
            threshold: context.score(assessment.threshold), strengths: strengths,
            weaknesses: WeaknessViews.views(
                of: assessment, context, measures: nextMeasures, measuresYear: context.next?.year ?? 0),
            summary: analysis?.summary.map(Markdown.html), entries: entries,
            constraints: (analysis?.constraints ?? []).map {
                ResultsPage.ConstraintView(topic: PageText.constraint($0.topic), text: $0.text)
            },
            hasEntries: !entries.isEmpty, hasIndicatorScores: !card.indicators.isEmpty)
    }
}
