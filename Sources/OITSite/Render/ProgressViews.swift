/// Builds progress report pages, their memos, and the sections items show about them.
enum ProgressViews {
    static func anchor(_ measure: String) -> String { "entry-" + measure }

    static func title(_ report: ProgressReport, _ context: YearContext) -> String {
        report.title ?? "รายงานความก้าวหน้าตามมาตรการ รอบ \(roundName(report.round, context)) ปีงบประมาณ \(context.n(context.year.year))"
    }

    static func roundName(_ round: ProgressReport.Round, _ context: YearContext) -> String {
        round == .sixMonth ? "\(context.n(6)) เดือน" : "\(context.n(12)) เดือน"
    }

    static func reported(_ report: ProgressReport, _ context: YearContext) -> Int {
        Set(report.entries.map(\.measure.value)).intersection(context.year.measures.map(\.id.value)).count
    }

    static func coverage(_ report: ProgressReport, _ context: YearContext) -> String {
        "รายงานแล้ว \(context.n(reported(report, context))) จาก \(context.n(context.year.measures.count)) มาตรการ"
    }

    static func entries(_ report: ProgressReport, _ context: YearContext) -> [ProgressEntryView] {
        report.entries.map { entry in
            let measure = context.year.measures.first { $0.id.value == entry.measure.value }
            return ProgressEntryView(
                anchor: anchor(entry.measure.value),
                measure: LinkView(title: measure.map { "\($0.id.value) \($0.title)" } ?? entry.measure.value,
                                  href: "\(context.year.year)/measures/index.html#" + MeasureViews.anchor(entry.measure.value)),
                status: StatusView(entry.status), summary: entry.summary.map(Markdown.html),
                outcome: entry.outcome.map(Markdown.html), evidence: entry.evidence.map { ItemViews.evidence($0, context) })
        }
    }

    static func page(_ report: ProgressReport, _ context: YearContext) -> ProgressPage {
        let reported = Set(report.entries.map(\.measure.value))
        let missing = context.year.measures.filter { !reported.contains($0.id.value) }
        return ProgressPage(
            title: title(report, context), round: roundName(report.round, context), date: report.date.map { context.date($0.value) },
            coverage: coverage(report, context), measuresTotal: context.n(context.year.measures.count),
            measuresReported: context.n(self.reported(report, context)), complete: missing.isEmpty,
            unreported: missing.map {
                LinkView(title: "\($0.id.value) \($0.title)", href: "\(context.year.year)/measures/index.html#" + MeasureViews.anchor($0.id.value))
            },
            entries: entries(report, context),
            memo: report.memo == nil ? nil : "\(context.year.year)/progress/\(report.id)/memo/index.html")
    }

    static func memo(_ memo: Memo, _ report: ProgressReport, _ context: YearContext) -> MemoPage {
        MemoPage(office: memo.office, number: memo.number, date: memo.date.map { context.date($0) }, subject: memo.subject,
                 to: memo.to, body: memo.body.map(Markdown.html),
                 signatures: memo.signatures.map { SignatureView(name: $0.name, position: $0.position) },
                 report: "\(context.year.year)/progress/\(report.id)/index.html")
    }
}

extension HeldAnalysis {
    /// The previous round's results and analysis, and this year's measures that answer them.
    init(_ context: YearContext) {
        let previous = context.previous
        let previousFramework = previous.flatMap { context.frameworks[$0.round.value] }
        var card: ScoreCard?
        var weaknesses: [WeaknessView] = []
        if let previous, let results = previous.results, let framework = previousFramework {
            let previousContext = YearContext(agency: context.agency, year: previous, framework: framework,
                                              previous: nil, next: context.year, frameworks: context.frameworks)
            let builder = ResultViewBuilder(context: previousContext, results: results)
            card = builder.card
            weaknesses = builder.weaknesses(builder.card)
        }
        let digits = context.digits
        self.init(
            resultsYear: context.n(context.year.year - 1),
            results: previous?.results == nil ? nil
                : LinkView(title: "ผลการประเมิน ITA \(context.n(previous!.year))", href: "\(previous!.year)/results/index.html"),
            overall: card?.overall.map { Digits.apply(Figures.score($0), digits) }, grade: card?.band?.grade, label: card?.label?.label,
            weaknesses: weaknesses,
            measures: context.year.measures.map {
                LinkView(title: "\($0.id.value) \($0.title)", href: "\(context.year.year)/measures/index.html#" + MeasureViews.anchor($0.id.value))
            },
            measuresPage: context.year.measures.isEmpty ? nil : "\(context.year.year)/measures/index.html",
            hasMeasures: !context.year.measures.isEmpty)
    }
}

extension HeldProgress {
    init(_ context: YearContext) {
        let reports = context.year.reports.map { report in
            HeldReport(title: ProgressViews.title(report, context), href: "\(context.year.year)/progress/\(report.id)/index.html",
                       coverage: ProgressViews.coverage(report, context),
                       memo: report.memo == nil ? nil : "\(context.year.year)/progress/\(report.id)/memo/index.html",
                       entries: ProgressViews.entries(report, context))
        }
        self.init(reports: reports, hasReports: !reports.isEmpty)
    }
}
