import OITLoad
import OITModel

/// Builds the measures page of a year, linking each measure to the weak points it addresses and
/// to its progress entries.
package enum MeasuresPageBuilder {
    package static func page(_ context: YearContext) -> MeasuresPage {
        let basis = context.previous.flatMap { previous in
            previous.results.map { _ in
                LinkView(title: PageText.results(context.number(previous.year)), href: Route.results(year: previous.year).href)
            }
        }
        return MeasuresPage(year: context.yearLabel, basis: basis, measures: context.year.measures.map { view($0, context) })
    }

    package static func view(_ measure: Measure, _ context: YearContext) -> MeasuresPage.MeasureView {
        let previous = context.previous
        let resultsPage = previous?.results != nil ? previous.map { Route.results(year: $0.year) } : nil
        let addressedFramework = context.previousAssessment?.framework ?? context.framework
        var addresses: [MeasuresPage.RefView] = []
        for code in measure.indicators.map(\.value) {
            let indicator = Int(code) ?? addressedFramework.group(code)?.indicator
            addresses.append(
                MeasuresPage.RefView(
                    title: context.indicatorName(code, in: addressedFramework),
                    href: resultsPage?.href(anchor: .indicator(String(indicator ?? 0)))))
        }
        for code in measure.questions.map(\.value) {
            let text = addressedFramework.question(code)?.text ?? ""
            let scored = previous?.results?.questions[code] != nil
            addresses.append(
                MeasuresPage.RefView(
                    title: text.isEmpty ? PageText.question(code) : "\(code) \(text)",
                    href: scored ? resultsPage?.href(anchor: .question(code)) : nil))
        }
        for code in measure.items.map(\.value) {
            let item = context.framework.item(code)
            addresses.append(
                MeasuresPage.RefView(
                    title: item.map { PageText.itemTitle(code: $0.code, title: $0.title) } ?? code,
                    href: item.map { Route.item(year: context.year.year, code: $0.code).href }))
        }
        let progress = context.year.reports.flatMap { report in
            report.entries.filter { $0.measure.value == measure.id.value }.map {
                MeasuresPage.ProgressLinkView(
                    title: ProgressPageBuilder.title(report, context),
                    href: Route.progress(year: context.year.year, report: report.id).href(
                        anchor: .progressEntry($0.measure.value)),
                    status: StatusView($0.status))
            }
        }
        return MeasuresPage.MeasureView(
            anchor: Anchor.measure(measure.id.value).id, id: measure.id.value, title: measure.title,
            addresses: addresses, issue: measure.issue, steps: measure.steps, period: measure.period,
            units: measure.units.isEmpty ? nil : measure.units.joined(separator: ", "),
            progress: progress)
    }
}
