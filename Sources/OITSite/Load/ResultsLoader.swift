import Foundation

/// Loads `results.yaml`: the scores of the round named by the year folder.
enum ResultsLoader {
    static func load(_ url: URL, _ context: LoadContext) -> Results? {
        guard let node = context.loadYAML(url), let map = MappingReader(node, context) else { return nil }
        defer { map.finish() }
        var indicators: [Int: Located<Double>] = [:]
        if let scores = map.mapping("indicators") {
            for (key, value) in scores.entries {
                guard let number = Int(key.value) else {
                    context.diagnostics.error(.unknownIndicator(key.value, suggestion: nil), at: key.location)
                    continue
                }
                if let score = score(value, key: key.value, context) { indicators[number] = score }
            }
        }
        var questions: [String: Located<Double>] = [:]
        if let scores = map.mapping("questions") {
            for (key, value) in scores.entries {
                if let score = score(value, key: key.value, context) { questions[key.value] = score }
            }
        }
        var tools: [String: Located<Double>] = [:]
        if let scores = map.mapping("tools") {
            for (key, value) in scores.entries {
                if let score = score(value, key: key.value, context) { tools[key.value] = Located(score.value, at: key.location) }
            }
        }
        var stated = StatedFigures(overall: nil, tools: [:], grade: nil, label: nil)
        if let figures = map.mapping("stated") {
            stated.overall = figures.number("overall")
            stated.grade = figures.text("grade")
            stated.label = figures.text("label")
            // Tool codes (IIT, EIT, OIT) come from the framework; the checker reports unknown ones.
            for (key, value) in figures.entries where !["overall", "grade", "label"].contains(key.value) {
                if let number = Scalars.number(value, key: key.value, context) {
                    stated.tools[key.value] = Located(number.value, at: key.location)
                }
            }
        }
        return Results(indicators: indicators, questions: questions, tools: tools, stated: stated, source: map.location)
    }

    private static func score(_ node: YAMLNode, key: String, _ context: LoadContext) -> Located<Double>? {
        guard let number = Scalars.number(node, key: key, context) else { return nil }
        guard (0...100).contains(number.value) else {
            context.diagnostics.error(.scoreOutOfRange(number.value), at: number.location)
            return nil
        }
        return number
    }
}

/// Loads `analysis.yaml`: the agency's reading of the results in the same folder.
enum AnalysisLoader {
    static let defaultThreshold = 80.0

    static func load(_ url: URL, _ context: LoadContext) -> Analysis? {
        guard let node = context.loadYAML(url), let map = MappingReader(node, context) else { return nil }
        defer { map.finish() }
        let entries = map.mappings("entries") { entry -> AnalysisEntry? in
            let subject: Located<AnalysisEntry.Subject>
            if let indicator = entry.text("indicator") {
                subject = Located(.indicator(indicator.value), at: indicator.location)
            } else if let question = entry.text("question") {
                subject = Located(.question(question.value), at: question.location)
            } else {
                subject = Located(.general, at: entry.location)
            }
            return AnalysisEntry(subject: subject, issue: entry.text("issue")?.value, analysis: entry.markdown("analysis")?.value,
                                 measure: entry.text("measure"), steps: entry.textList("steps").map(\.value),
                                 period: entry.text("period")?.value, unit: entry.text("unit")?.value)
        }
        var constraints: [Constraint] = []
        if let section = map.mapping("constraints") {
            for topic in Constraint.Topic.allCases {
                if let text = section.markdown(topic.rawValue) { constraints.append(Constraint(topic: topic, text: text.value)) }
            }
            section.finish()
        }
        return Analysis(threshold: map.number("threshold")?.value ?? defaultThreshold, summary: map.markdown("summary")?.value,
                        entries: entries, constraints: constraints, source: map.location)
    }
}

/// Loads `measures.yaml`: the measures carried out during the year.
enum MeasuresLoader {
    static func load(_ url: URL, yearFolder: URL, _ context: LoadContext) -> [Measure]? {
        guard let node = context.loadYAML(url), let map = MappingReader(node, context) else { return nil }
        defer { map.finish() }
        return map.mappings("measures") { measure -> Measure? in
            guard let id = measure.text("id", required: true), let title = measure.text("title", required: true) else {
                return nil
            }
            return Measure(id: id, title: title.value, indicators: measure.textList("indicators"),
                           questions: measure.textList("questions"), items: measure.textList("items"),
                           issue: measure.markdown("issue")?.value, steps: measure.textList("steps").map(\.value),
                           period: measure.text("period")?.value, units: measure.textList("units").map(\.value))
        }
    }
}

/// Loads one progress report in `progress/`.
enum ProgressLoader {
    static func load(_ url: URL, yearFolder: URL, _ context: LoadContext) -> ProgressReport? {
        guard let node = context.loadYAML(url), let map = MappingReader(node, context) else { return nil }
        defer { map.finish() }
        let round = map.choice("round", required: true, as: ProgressReport.Round.self)
        let entries = map.mappings("entries") { entry -> ProgressEntry? in
            guard let measure = entry.text("measure", required: true),
                let status = entry.choice("status", required: true, as: ProgressStatus.self)
            else { return nil }
            return ProgressEntry(measure: measure, status: status.value, summary: entry.markdown("summary")?.value,
                                 outcome: entry.markdown("outcome")?.value,
                                 evidence: EvidenceReader.read(entry, yearFolder: yearFolder, context))
        }
        let memo = map.mapping("memo").flatMap { memo -> Memo? in
            defer { memo.finish() }
            let office = memo.text("office", required: true), subject = memo.text("subject", required: true)
            let to = memo.text("to", required: true)
            let signatures = memo.mappings("signatures") { signature in
                Signature(name: signature.text("name")?.value, position: signature.text("position")?.value)
            }
            guard let office, let subject, let to else { return nil }
            return Memo(office: office.value, number: memo.text("number")?.value, date: memo.date("date")?.value,
                        subject: subject.value, to: to.value, body: memo.markdown("body")?.value, signatures: signatures)
        }
        guard let round else { return nil }
        return ProgressReport(id: url.deletingPathExtension().lastPathComponent, round: round.value, date: map.date("date"),
                              title: map.text("title")?.value, entries: entries, memo: memo, source: map.location)
    }
}
