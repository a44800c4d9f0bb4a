import OITLoad
import OITModel

/// Builds the model of an item page from the framework item and the agency's entry.
package enum ItemPageBuilder {
    package static func page(
        _ item: FrameworkItem, entry: ItemEntry?, _ context: YearContext,
        previous: FrameworkItem?, next: FrameworkItem?
    ) -> ItemPage {
        let framework = context.framework
        let group = framework.group(item.group)
        let indicator = group.flatMap { framework.indicator($0.indicator) }
        let tally = context.assessment.elements(of: item.code)
        let elements = zip(item.elements, tally?.confirmed ?? []).enumerated().map { index, element in
            ItemPage.ElementView(number: context.number(index + 1), text: element.0, confirmed: element.1)
        }
        return ItemPage(
            code: item.code, title: item.title, year: context.yearLabel,
            group: group.flatMap {
                $0.standsForIndicator ? nil : PageText.group($0.isNumbered ? Digits.apply($0.code, context.digits) : nil, $0.name)
            },
            indicator: indicator.map { PageText.indicator(context.number($0.number), $0.name) },
            // A rule the round's sources do not state is left out rather than shown as "current".
            period: item.periodStated
                ? PeriodText.requirement(item.period, context.year.fiscalYear, digits: context.digits) : nil,
            status: context.status(of: item), hasEntry: entry != nil || context.assessment.status(of: item.code) != nil,
            updated: entry?.updated.map { context.date($0.value) }, updatedISO: entry?.updated.map { $0.value.description },
            covers: entry?.covers.map { ThaiText.coverage($0.value, digits: context.digits) },
            unit: entry?.unit, reason: entry?.reason, elements: elements,
            tally: tally.map { ItemPage.Tally(shown: context.number($0.confirmedCount), total: context.number($0.total)) },
            evidence: (entry?.evidence ?? []).map { EvidenceView($0, year: context.year.year) }
                + HeldContentBuilder.pages(of: item, context).map(EvidenceView.init(page:)),
            body: entry?.body.map(Markdown.html), url: context.url(.item(year: context.year.year, code: item.code)),
            previous: previous.map(context.link(to:)), next: next.map(context.link(to:)),
            holdsAnalysis: item.holds == .analysis ? HeldContentBuilder.analysis(context) : nil,
            holdsProgress: item.holds == .progress ? HeldContentBuilder.progress(context) : nil,
            survey: item.role == .eitQR ? context.survey : nil)
    }
}
