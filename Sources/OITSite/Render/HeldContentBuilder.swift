/// What an item that holds other content shows: the previous round's analysis with this year's
/// measures (o42 in 2566), or this year's progress reports (o43).
enum HeldContentBuilder {
    static func analysis(_ context: YearContext) -> HeldAnalysis {
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

    static func progress(_ context: YearContext) -> HeldProgress {
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
