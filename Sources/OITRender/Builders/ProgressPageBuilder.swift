import OITLoad
import OITModel

/// Builds progress report pages and their memos.
package enum ProgressPageBuilder {
    package static func title(_ report: ProgressReport, _ context: YearContext) -> String {
        report.title ?? PageText.progressReport(round: roundName(report.round, context), year: context.yearLabel)
    }

    /// The `<title>` of a report page: carries the year even when the agency's own title does not.
    package static func pageTitle(_ report: ProgressReport, _ context: YearContext) -> String {
        let title = title(report, context)
        return namesYear(title, context) ? title : PageText.withYear(title, year: context.yearLabel)
    }

    /// The `<title>` of a memo page: its subject, with the year when the subject does not name it.
    package static func memoPageTitle(_ memo: Memo, _ context: YearContext) -> String {
        let title = PageText.memoTitle(memo.subject)
        return namesYear(memo.subject, context) ? title : PageText.withYear(title, year: context.yearLabel)
    }

    /// Whether a text the agency wrote names the year, in either kind of digits.
    private static func namesYear(_ text: String, _ context: YearContext) -> Bool {
        text.contains(context.yearLabel) || text.contains(String(context.year.year))
            || text.contains(Digits.apply(String(context.year.year), .thai))
    }

    package static func roundName(_ round: ProgressReport.Round, _ context: YearContext) -> String {
        PageText.months(context.number(round == .sixMonth ? 6 : 12))
    }

    package static func coverage(_ report: ProgressReport, _ context: YearContext) -> String {
        let coverage = context.assessment.reportCoverage[report.id]
        return PageText.coverage(reported: context.number(coverage?.reported ?? 0), of: context.number(coverage?.measures ?? 0))
    }

    package static func entries(_ report: ProgressReport, _ context: YearContext) -> [ProgressEntryView] {
        report.entries.map { entry in
            let measure = context.year.measures.first { $0.id.value == entry.measure.value }
            return ProgressEntryView(
                anchor: Anchor.progressEntry(entry.measure.value).id,
                measure: measure.map { context.link(to: $0, of: context.year.year) }
                    ?? LinkView(
                        title: entry.measure.value,
                        href: Route.measures(year: context.year.year).href(anchor: .measure(entry.measure.value))),
                status: StatusView(entry.status), summary: entry.summary.map(Markdown.html),
                outcome: entry.outcome.map(Markdown.html),
                evidence: entry.evidence.map { EvidenceView($0, year: context.year.year) })
        }
    }

    package static func page(_ report: ProgressReport, _ context: YearContext) -> ProgressPage {
        let coverage = context.assessment.reportCoverage[report.id]
        let unreported = (coverage?.unreported ?? []).compactMap { id in context.year.measures.first { $0.id.value == id } }
        return ProgressPage(
            title: title(report, context), round: roundName(report.round, context),
            date: report.date.map { context.date($0.value) },
            coverage: self.coverage(report, context), measuresTotal: context.number(coverage?.measures ?? 0),
            measuresReported: context.number(coverage?.reported ?? 0), complete: coverage?.isComplete ?? true,
            unreported: unreported.map { context.link(to: $0, of: context.year.year) },
            entries: entries(report, context),
            memo: report.memo == nil ? nil : Route.memo(year: context.year.year, report: report.id).href)
    }

    package static func memo(_ memo: Memo, _ report: ProgressReport, _ context: YearContext) -> MemoPage {
        MemoPage(
            office: memo.office, number: memo.number, date: memo.date.map { context.date($0) }, subject: memo.subject,
            to: memo.to, body: memo.body.map(Markdown.html),
            signatures: memo.signatures.map { MemoPage.SignatureView(name: $0.name, position: $0.position) },
            report: Route.progress(year: context.year.year, report: report.id).href,
            emblem: context.agency.profile.emblem.map { Route.agencyFile($0).href })
    }
}
