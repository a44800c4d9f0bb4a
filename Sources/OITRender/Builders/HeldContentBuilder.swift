import OITCheck
import OITModel

/// What an item that holds other content shows: the previous round's analysis with this year's
/// measures (o42 in 2566), or this year's progress reports (o43).
package enum HeldContentBuilder {
    /// The pages of this site that hold a done item's content, listed with its evidence so that a
    /// done item never reads "no evidence": the year's measures and the results analysed (o42 in
    /// 2566), or the year's progress reports (o43).
    package static func pages(of item: FrameworkItem, _ context: YearContext) -> [LinkView] {
        guard context.assessment.status(of: item.code) == .done else { return [] }
        let year = context.year.year
        switch item.holds {
        case .analysis?:
            guard !context.year.measures.isEmpty else { return [] }
            let measures = LinkView(title: PageText.measures(context.yearLabel), href: Route.measures(year: year).href)
            guard context.previous?.results != nil else { return [measures] }
            let results = LinkView(
                title: PageText.results(context.number(year - 1)), href: Route.results(year: year - 1).href)
            return [results, measures]
        case .progress?:
            return context.year.reports.map { report in
                LinkView(
                    title: ProgressPageBuilder.title(report, context), href: Route.progress(year: year, report: report.id).href)
            }
        case nil:
            return []
        }
    }

    package static func analysis(_ context: YearContext) -> HeldAnalysis {
        let previous = context.previous
        let previousAssessment = previous?.results == nil ? nil : context.previousAssessment
        let card = previousAssessment?.scoreCard
        let measures = context.year.measures
        return HeldAnalysis(
            resultsYear: context.number(context.year.year - 1),
            results: previousAssessment.map {
                LinkView(title: PageText.results(context.number($0.year)), href: Route.results(year: $0.year).href)
            },
            overall: card?.overall.map(context.score), grade: card?.band?.grade, label: card?.label?.label,
            weaknesses: previousAssessment.map {
                WeaknessViews.views(of: $0, context, measures: measures, measuresYear: context.year.year)
            } ?? [],
            measures: measures.map { context.link(to: $0, of: context.year.year) },
            measuresPage: measures.isEmpty ? nil : Route.measures(year: context.year.year).href,
            hasMeasures: !measures.isEmpty)
    }

    package static func progress(_ context: YearContext) -> HeldProgress {
        let reports = context.year.reports.map { report in
            HeldProgress.Report(
                title: ProgressPageBuilder.title(report, context),
                href: Route.progress(year: context.year.year, report: report.id).href,
                coverage: ProgressPageBuilder.coverage(report, context),
                memo: report.memo == nil ? nil : Route.memo(year: context.year.year, report: report.id).href,
                entries: ProgressPageBuilder.entries(report, context))
        }
        return HeldProgress(reports: reports, hasReports: !reports.isEmpty)
    }
}
