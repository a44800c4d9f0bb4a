/// Builds the results page of a year: computed scores, comparison with the previous round,
/// per-question scores and the analysis.
struct ResultViewBuilder {
    let context: YearContext
    let results: Results
    let card: ScoreCard

    init(context: YearContext, results: Results) {
        self.context = context
        self.results = results
        card = context.scoreCard ?? ScoreCard(results: results, framework: context.framework)
    }

    var threshold: Double { context.year.analysis?.threshold ?? AnalysisLoader.defaultThreshold }
    private var digits: DigitStyle { context.digits }
    private func score(_ value: Double) -> String { Digits.apply(Figures.score(value), digits) }

    static func anchor(indicator: String) -> String { "ind-" + indicator.replacingOccurrences(of: ".", with: "-") }
    static func anchor(question: String) -> String { "q-" + question }

    var page: ResultsPage {
        let framework = context.framework
        let indicators = framework.indicators.map { indicator -> IndicatorScoreRow in
            let value = card.indicators[indicator.number]
            return IndicatorScoreRow(anchor: Self.anchor(indicator: String(indicator.number)), number: context.n(indicator.number),
                                     name: indicator.name, tool: indicator.tool, score: value.map(score),
                                     strength: value.map { $0 >= threshold } ?? false, weakness: value.map { $0 < threshold } ?? false)
        }
        let tools = card.tools.map {
            ToolScoreRow(code: $0.tool.code, name: $0.tool.name, weight: Digits.apply(String(Int(($0.tool.weight * 100).rounded())), digits) + "%",
                         score: $0.score.map(score), fromToolFigure: $0.fromToolFigure)
        }
        let nextYear = context.next.flatMap { $0.measures.isEmpty ? nil : $0 }
        return ResultsPage(
            year: context.n(context.year.year), indicators: indicators, tools: tools, overall: card.overall.map(score),
            grade: card.band?.grade, label: card.label?.label, labelKey: card.band.map { $0.grade.lowercased() },
            incomplete: card.overall == nil, discrepancies: discrepancies(card), comparison: comparison(card),
            questions: questionGroups, analysis: analysis(card),
            measuresLink: nextYear.map { LinkView(title: "มาตรการปีงบประมาณ \(context.n($0.year))", href: "\($0.year)/measures/index.html") })
    }

    /// Stated figures that disagree with the computed ones, shown on the page as well as warned.
    private func discrepancies(_ card: ScoreCard) -> [String] {
        var notes: [String] = []
        let stated = results.stated
        if let overall = stated.overall, let computed = card.overall, abs(overall.value - computed) > ScoreCard.tolerance {
            notes.append("คะแนนรวมที่ระบุในเอกสาร \(score(overall.value)) แต่คำนวณจากคะแนนตัวชี้วัดได้ \(score(computed))")
        }
        for tool in card.tools where !tool.fromToolFigure {
            if let figure = stated.tools[tool.tool.code], let computed = tool.score, abs(figure.value - computed) > ScoreCard.tolerance {
                notes.append("คะแนน \(tool.tool.code) ที่ระบุในเอกสาร \(score(figure.value)) แต่คำนวณได้ \(score(computed))")
            }
        }
        if let grade = stated.grade, let band = card.band, grade.value != band.grade {
            notes.append("ระดับที่ระบุในเอกสาร \(grade.value) แต่คำนวณได้ \(band.grade)")
        }
        if let label = stated.label, let computed = card.label, label.value != computed.label {
            notes.append("ผลการประเมินที่ระบุในเอกสาร \"\(label.value)\" แต่ตามเกณฑ์คือ \"\(computed.label)\"")
        }
        return notes
    }

    private func comparison(_ card: ScoreCard) -> ComparisonView? {
        guard let previousYear = context.previous, let previousResults = previousYear.results,
            let previousFramework = context.frameworks[previousYear.round.value]
        else { return nil }
        let before = ScoreCard(results: previousResults, framework: previousFramework)
        var rows: [(label: String, before: Double, after: Double)] = []
        for indicator in context.framework.indicators {
            if let a = before.indicators[indicator.number], let b = card.indicators[indicator.number] {
                rows.append(("\(context.n(indicator.number)) \(indicator.name)", a, b))
            }
        }
        for tool in card.tools {
            if let a = before.score(of: tool.tool.code), let b = tool.score { rows.append((tool.tool.code, a, b)) }
        }
        if let a = before.overall, let b = card.overall { rows.append(("คะแนนรวม", a, b)) }
        guard !rows.isEmpty else { return nil }
        let views = rows.map { row -> ComparisonRow in
            let change = ScoreCard.rounded(row.after) - ScoreCard.rounded(row.before)
            let direction = change > 0.0001 ? "up" : change < -0.0001 ? "down" : "same"
            let label = direction == "up" ? "เพิ่มขึ้น" : direction == "down" ? "ลดลง" : "เท่าเดิม"
            return ComparisonRow(label: row.label, previous: score(row.before), current: score(row.after),
                                 change: Digits.apply(Figures.change(change), digits), direction: direction, directionLabel: label)
        }
        let chart = ComparisonChart.svg(rows: rows.map { ($0.label, $0.before, $0.after) },
                                        previousLabel: context.n(previousYear.year), currentLabel: context.n(context.year.year),
                                        digits: digits)
        return ComparisonView(previousYear: context.n(previousYear.year), year: context.n(context.year.year), rows: views, chart: chart)
    }

    private var questionGroups: [QuestionGroup] {
        let framework = context.framework
        let codes = results.questions.keys.sorted(by: QuestionOrder.less)
        var groups: [QuestionGroup] = []
        for prefix in ["i", "e", "o"] {
            let rows = codes.filter { $0.hasPrefix(prefix) }.map { code -> QuestionRow in
                let value = results.questions[code]!.value
                let text = framework.question(code)?.text ?? framework.item(code).map(\.title)
                return QuestionRow(anchor: Self.anchor(question: code), code: code, text: text.flatMap { $0.isEmpty ? nil : $0 },
                                   score: score(value), weakness: value < threshold)
            }
            if !rows.isEmpty {
                let name = prefix == "i" ? "IIT" : prefix == "e" ? "EIT" : "OIT"
                groups.append(QuestionGroup(indicator: framework.tool(name)?.name.isEmpty == false ? "\(name) \(framework.tool(name)!.name)" : name,
                                            questions: rows))
            }
        }
        return groups
    }

    /// Weak points found in these results, each with the measures of the next year that address it.
    func weaknesses(_ card: ScoreCard) -> [WeaknessView] {
        let measures = context.next?.measures ?? []
        let nextYear = context.next?.year ?? 0
        func addressing(_ matches: (Measure) -> Bool) -> [LinkView] {
            measures.filter(matches).map {
                LinkView(title: "\($0.id.value) \($0.title)", href: "\(nextYear)/measures/index.html#" + MeasureViews.anchor($0.id.value))
            }
        }
        var views: [WeaknessView] = []
        for indicator in context.framework.indicators {
            guard let value = card.indicators[indicator.number], value < threshold else { continue }
            let code = String(indicator.number)
            let groups = Set(context.framework.groups(of: indicator).map(\.code))
            views.append(WeaknessView(anchor: Self.anchor(indicator: code), label: "ตัวชี้วัดที่ \(context.n(indicator.number)) \(indicator.name)",
                                      score: score(value),
                                      measures: addressing { $0.indicators.contains { $0.value == code || groups.contains($0.value) } }))
        }
        for code in results.questions.keys.sorted(by: QuestionOrder.less) {
            let value = results.questions[code]!.value
            guard value < threshold else { continue }
            let text = context.framework.question(code)?.text ?? context.framework.item(code)?.title ?? ""
            views.append(WeaknessView(anchor: Self.anchor(question: code), label: text.isEmpty ? code : "\(code) \(text)",
                                      score: score(value),
                                      measures: addressing { $0.questions.contains { $0.value == code } || $0.items.contains { $0.value == code } }))
        }
        return views
    }

    private func analysis(_ card: ScoreCard) -> AnalysisView {
        let analysis = context.year.analysis
        let strengths = context.framework.indicators.compactMap { indicator -> LinkView? in
            guard let value = card.indicators[indicator.number], value >= threshold else { return nil }
            return LinkView(title: "ตัวชี้วัดที่ \(context.n(indicator.number)) \(indicator.name) (\(score(value)))",
                            href: "\(context.year.year)/results/index.html#" + Self.anchor(indicator: String(indicator.number)))
        }
        let nextMeasures = context.next?.measures ?? []
        let entries = (analysis?.entries ?? []).map { entry -> AnalysisEntryView in
            let subject: String
            switch entry.subject.value {
            case .indicator(let code):
                subject = Int(code).flatMap { context.framework.indicator($0) }.map { "ตัวชี้วัดที่ \(context.n($0.number)) \($0.name)" }
                    ?? context.framework.group(code).map { "ตัวชี้วัดย่อยที่ \(Digits.apply($0.code, digits)) \($0.name)" } ?? code
            case .question(let code):
                subject = [code, context.framework.question(code)?.text ?? context.framework.item(code)?.title]
                    .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            case .general:
                subject = "ภาพรวม"
            }
            let measure = entry.measure.flatMap { id in nextMeasures.first { $0.id.value == id.value } }.map {
                LinkView(title: "\($0.id.value) \($0.title)", href: "\(context.next!.year)/measures/index.html#" + MeasureViews.anchor($0.id.value))
            }
            return AnalysisEntryView(subject: subject, issue: entry.issue, analysis: entry.analysis.map(Markdown.html),
                                     steps: entry.steps, period: entry.period, unit: entry.unit, measure: measure)
        }
        let topicNames: [Constraint.Topic: String] = [.staff: "ด้านบุคลากร", .budget: "ด้านงบประมาณ", .technology: "ด้านเทคโนโลยี",
                                                      .area: "ด้านพื้นที่", .economy: "ด้านเศรษฐกิจและสังคม"]
        return AnalysisView(threshold: score(threshold), strengths: strengths, weaknesses: weaknesses(card),
                            summary: analysis?.summary.map(Markdown.html), entries: entries,
                            constraints: (analysis?.constraints ?? []).map { ConstraintView(topic: topicNames[$0.topic]!, text: $0.text) },
                            hasEntries: !entries.isEmpty, hasIndicatorScores: !card.indicators.isEmpty)
    }
}

/// Question codes in their natural order: i2 before i10.
enum QuestionOrder {
    static func less(_ a: String, _ b: String) -> Bool {
        let (pa, na) = (a.prefix(1), Int(a.dropFirst()) ?? 0)
        let (pb, nb) = (b.prefix(1), Int(b.dropFirst()) ?? 0)
        return pa == pb ? na < nb : pa < pb
    }
}
