/// Builds the measures page of a year, linking each measure to the weaknesses it addresses and
/// to its progress entries.
enum MeasureViews {
    static func anchor(_ id: String) -> String { "measure-" + id }

    static func page(_ context: YearContext) -> MeasuresPage {
        let previous = context.previous
        let basis = previous?.results.map { _ in
            LinkView(title: "ผลการประเมิน ITA \(context.n(previous!.year))", href: "\(previous!.year)/results/index.html")
        }
        return MeasuresPage(year: context.n(context.year.year), basis: basis,
                            measures: context.year.measures.map { view($0, context) })
    }

    static func view(_ measure: Measure, _ context: YearContext) -> MeasureView {
        let previous = context.previous
        let resultsPage = previous?.results != nil ? "\(previous!.year)/results/index.html#" : nil
        let addressedFramework = previous.flatMap { context.frameworks[$0.round.value] } ?? context.framework
        var addresses: [RefView] = []
        for code in measure.indicators.map(\.value) {
            let name = Int(code).flatMap { addressedFramework.indicator($0) }.map { "ตัวชี้วัดที่ \(context.n($0.number)) \($0.name)" }
                ?? addressedFramework.group(code).map { "ตัวชี้วัดย่อยที่ \(Digits.apply($0.code, context.digits)) \($0.name)" } ?? code
            let indicator = Int(code) ?? addressedFramework.group(code)?.indicator
            addresses.append(RefView(title: name, href: resultsPage.map { $0 + ResultViewBuilder.anchor(indicator: String(indicator ?? 0)) }))
        }
        for code in measure.questions.map(\.value) {
            let text = addressedFramework.question(code)?.text ?? ""
            let scored = previous?.results?.questions[code] != nil
            addresses.append(RefView(title: text.isEmpty ? "ข้อคำถาม \(code)" : "\(code) \(text)",
                                     href: scored ? resultsPage.map { $0 + ResultViewBuilder.anchor(question: code) } : nil))
        }
        for code in measure.items.map(\.value) {
            let item = context.framework.item(code)
            addresses.append(RefView(title: item.map { "\($0.code) \($0.title)" } ?? code,
                                     href: item.map { "\(context.year.year)/\($0.code)/index.html" }))
        }
        let progress = context.year.reports.flatMap { report in
            report.entries.filter { $0.measure.value == measure.id.value }.map {
                ProgressLinkView(title: ProgressViews.title(report, context),
                                 href: "\(context.year.year)/progress/\(report.id)/index.html#" + ProgressViews.anchor($0.measure.value),
                                 status: StatusView($0.status))
            }
        }
        return MeasureView(anchor: anchor(measure.id.value), id: measure.id.value, title: measure.title, addresses: addresses,
                           issue: measure.issue, steps: measure.steps, period: measure.period,
                           units: measure.units.isEmpty ? nil : measure.units.joined(separator: ", "), progress: progress)
    }
}
