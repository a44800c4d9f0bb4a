import Foundation
import OITCheck
import OITLoad
import OITModel

/// Renders one agency-year: overview, one page per item, results and reports, submission sheet
/// and exports.
package struct YearRenderer {
    package let context: YearContext
    package let writer: PageWriter

    /// A page written, for the sitemap.
    package struct WrittenPage {
        package var route: Route
        package var lastModified: CivilDate?
    }

    private var year: AgencyYear { context.year }
    private var name: String { context.agency.profile.name }
    private var yearCrumb: Crumb { Crumb(title: PageText.fiscalYear(context.yearLabel), href: Route.year(year.year).href) }

    package func render(into diagnostics: inout Diagnostics) throws -> [WrittenPage] {
        var pages: [WrittenPage] = [WrittenPage(route: .year(year.year))]
        let title = year.hasChecklist ? PageText.overviewTitle(context.yearLabel) : PageText.resultsYearTitle(context.yearLabel)
        try writer.page(
            overview, at: .year(year.year), title: PageText.pageTitle(title, agency: name),
            description: year.hasChecklist
                ? PageText.overviewDescription(year: year.year, agency: name)
                : PageText.resultsDescription(year: year.year, agency: name),
            crumbs: [Crumb(title: PageText.fiscalYear(context.yearLabel), href: nil)], into: &diagnostics)
        let items = context.assessment.items
        guard year.hasChecklist else {
            // A results-only year: its overview and results pages, no checklist.
            let followUp = ResultFollowUpPages(context: context, writer: writer, yearCrumb: yearCrumb)
            return pages + (try followUp.render(into: &diagnostics))
        }
        for (index, item) in items.enumerated() {
            let page = ItemPageBuilder.page(
                item, entry: year.entries[item.code], context,
                previous: index > 0 ? items[index - 1] : nil,
                next: index + 1 < items.count ? items[index + 1] : nil)
            let route = Route.item(year: year.year, code: item.code)
            try writer.page(
                page, at: route,
                title: PageText.pageTitle(
                    PageText.itemPageTitle(code: item.code, title: item.title, year: context.yearLabel),
                    agency: name),
                description: PageText.itemDescription(code: item.code, title: item.title, year: year.year, agency: name),
                crumbs: [yearCrumb, Crumb(title: item.code, href: nil)], into: &diagnostics)
            pages.append(WrittenPage(route: route, lastModified: year.entries[item.code]?.updated?.value))
        }
        pages += try ResultFollowUpPages(context: context, writer: writer, yearCrumb: yearCrumb).render(into: &diagnostics)
        if let survey = context.survey {
            let route = Route.eitPoster(year: year.year)
            try writer.page(
                EITPosterPage(survey: survey, overview: Route.year(year.year).href), at: route,
                title: PageText.pageTitle(PageText.eitPosterTitle(context.yearLabel), agency: name),
                description: PageText.eitPosterDescription(year: year.year, agency: name),
                crumbs: [yearCrumb, Crumb(title: PageText.eitPosterCrumb, href: nil)], into: &diagnostics)
            pages.append(WrittenPage(route: route))
        }

        let submission = SubmissionSheet(context: context)
        try writer.page(
            submission.page, at: .submission(year: year.year),
            title: PageText.pageTitle(PageText.submissionTitle(context.yearLabel), agency: name),
            description: PageText.submissionDescription,
            crumbs: [yearCrumb, Crumb(title: PageText.submissionCrumb, href: nil)], into: &diagnostics)
        pages.append(WrittenPage(route: .submission(year: year.year)))
        try writer.write(submission.csv, to: .submissionCSV(year: year.year))
        try writer.write(Export.json(context), to: .yearData(year: year.year))
        try copyEvidenceFiles()
        return pages
    }

    private var overview: OverviewPage {
        let framework = context.framework
        let items = context.assessment.items
        let indicators = framework.indicators.compactMap { indicator -> OverviewPage.IndicatorSection? in
            let groups = framework.groups(of: indicator).compactMap { group -> OverviewPage.GroupSection? in
                let rows = items.filter { $0.group == group.code }.map(row)
                return rows.isEmpty
                    ? nil
                    : OverviewPage.GroupSection(
                        subIndicator: group.isNumbered ? Digits.apply(group.code, context.digits) : nil,
                        heading: group.standsForIndicator ? nil : group.name, items: rows)
            }
            return groups.isEmpty
                ? nil
                : OverviewPage.IndicatorSection(number: context.number(indicator.number), name: indicator.name, groups: groups)
        }
        let others = items.filter { framework.group($0.group) == nil }.map(row)
        return OverviewPage(
            year: context.yearLabel, fiscalYear: ThaiText.fiscalYear(year.fiscalYear, digits: context.digits),
            round: context.number(framework.round), hasChecklist: year.hasChecklist,
            counts: CountsView(context.assessment.counts, context.number), result: context.resultSummary,
            indicators: indicators, others: others, hasOthers: !others.isEmpty, reports: context.extraPages,
            submission: Route.submission(year: year.year).href, json: Route.yearData(year: year.year).href)
    }

    private func row(_ item: FrameworkItem) -> OverviewPage.ItemRow {
        OverviewPage.ItemRow(
            code: item.code, title: item.title, href: Route.item(year: year.year, code: item.code).href,
            status: context.status(of: item),
            updated: year.entries[item.code]?.updated.map { ThaiText.shortDate($0.value, digits: context.digits) })
    }

    /// Evidence files are copied to the same path under the year folder of the output.
    private func copyEvidenceFiles() throws {
        var files = Set<String>()
        for entry in year.entries.values {
            for case .file(let path) in entry.evidence.map(\.target) { files.insert(path) }
        }
        for report in year.reports {
            for entry in report.entries { for case .file(let path) in entry.evidence.map(\.target) { files.insert(path) } }
        }
        for path in files.sorted() {
            guard let source = ContentFolder.resolve(path, in: year.folder) else { continue }
            try writer.copy(source, to: .yearFile(year: year.year, path: path))
        }
    }
}
