import OITLoad
import OITModel

/// Renders a year's results and what follows from them: the measures taken, the progress reports on
/// those measures, and the memos that send each report.
package struct ResultFollowUpPages {
    package let context: YearContext
    package let writer: PageWriter
    package let yearCrumb: Crumb

    package func render(into diagnostics: inout Diagnostics) throws -> [YearRenderer.WrittenPage] {
        let year = context.year
        let name = context.agency.profile.name
        var pages: [YearRenderer.WrittenPage] = []
        if let results = year.results, let card = context.assessment.scoreCard {
            let page = ResultsPageBuilder(context: context, results: results, card: card).page
            try writer.page(
                page, at: .results(year: year.year), title: PageText.pageTitle(PageText.results(context.yearLabel), agency: name),
                description: PageText.resultsDescription(year: year.year, agency: name),
                crumbs: [yearCrumb, Crumb(title: PageText.resultsCrumb, href: nil)], into: &diagnostics)
            pages.append(.init(route: .results(year: year.year)))
        }
        if !year.measures.isEmpty {
            try writer.page(
                MeasuresPageBuilder.page(context), at: .measures(year: year.year),
                title: PageText.pageTitle(PageText.measures(context.yearLabel), agency: name),
                description: PageText.measuresDescription(year: year.year, agency: name),
                crumbs: [yearCrumb, Crumb(title: PageText.measuresCrumb, href: nil)], into: &diagnostics)
            pages.append(.init(route: .measures(year: year.year)))
        }
        for report in year.reports {
            let route = Route.progress(year: year.year, report: report.id)
            let title = ProgressPageBuilder.title(report, context)
            let crumb = PageText.progressCrumb(round: ProgressPageBuilder.roundName(report.round, context))
            try writer.page(
                ProgressPageBuilder.page(report, context), at: route,
                title: PageText.pageTitle(ProgressPageBuilder.pageTitle(report, context), agency: name),
                description: title, crumbs: [yearCrumb, Crumb(title: crumb, href: nil)], into: &diagnostics)
            pages.append(.init(route: route, lastModified: report.date?.value))
            if let memo = report.memo {
                let memoRoute = Route.memo(year: year.year, report: report.id)
                try writer.page(
                    ProgressPageBuilder.memo(memo, report, context), at: memoRoute,
                    title: ProgressPageBuilder.memoPageTitle(memo, context), description: memo.subject,
                    crumbs: [yearCrumb, Crumb(title: crumb, href: route.href), Crumb(title: PageText.memo, href: nil)],
                    into: &diagnostics)
                pages.append(.init(route: memoRoute, lastModified: memo.date))
            }
        }
        return pages
    }
}
