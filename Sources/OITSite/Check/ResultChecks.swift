/// Results and analysis: known indicators and questions, stated figures against computed ones.
enum ResultChecks {
    static func check(_ year: AgencyYear, _ framework: Framework, next: AgencyYear?, _ diagnostics: inout Diagnostics) {
        if let results = year.results { checkResults(results, framework, &diagnostics) }
        if let analysis = year.analysis {
            for entry in analysis.entries {
                switch entry.subject.value {
                case .indicator(let code):
                    References.checkIndicator(Located(code, at: entry.subject.location), framework, &diagnostics)
                case .question(let code):
                    References.checkQuestion(Located(code, at: entry.subject.location), framework, &diagnostics)
                case .general: break
                }
                if let measure = entry.measure, let next, !next.measures.isEmpty {
                    References.checkMeasure(measure, in: next.measures, &diagnostics)
                }
            }
        }
    }

    static func checkResults(_ results: Results, _ framework: Framework, _ diagnostics: inout Diagnostics) {
        for (number, score) in results.indicators.sorted(by: { $0.key < $1.key }) where framework.indicator(number) == nil {
            diagnostics.error(.unknownIndicator(String(number), suggestion: nil), at: score.location)
        }
        for (code, score) in results.questions.sorted(by: { $0.key < $1.key }) {
            References.checkQuestion(Located(code, at: score.location), framework, &diagnostics)
        }
        for (code, figure) in (results.tools.merging(results.stated.tools) { a, _ in a }).sorted(by: { $0.key < $1.key })
        where framework.tool(code) == nil {
            diagnostics.error(.unknownKey(code, suggestion: Spelling.closest(to: code, among: framework.tools.map(\.code))),
                              at: figure.location)
        }
        let card = ScoreCard(results: results, framework: framework)
        if !card.missingIndicators.isEmpty {
            diagnostics.warning(.incompleteResults(missing: card.missingIndicators), at: results.source)
        }
        compare(results.stated, with: card, &diagnostics)
    }

    /// Warns where a figure the agency typed disagrees with the one computed from its scores.
    static func compare(_ stated: StatedFigures, with card: ScoreCard, _ diagnostics: inout Diagnostics) {
        func check(_ name: String, _ figure: Located<Double>?, _ computed: Double?) {
            guard let figure, let computed, abs(figure.value - computed) > ScoreCard.tolerance else { return }
            diagnostics.warning(.statedDiffers(figure: name, stated: Figures.score(figure.value),
                                               computed: Figures.score(computed)), at: figure.location)
        }
        check("คะแนนรวม", stated.overall, card.overall)
        for tool in card.tools where !tool.fromToolFigure {
            check("คะแนน \(tool.tool.code)", stated.tools[tool.tool.code], tool.score)
        }
        if let grade = stated.grade, let band = card.band, grade.value != band.grade {
            diagnostics.warning(.statedDiffers(figure: "ระดับ", stated: grade.value, computed: band.grade), at: grade.location)
        }
        if let label = stated.label, let computed = card.label, label.value != computed.label {
            diagnostics.warning(.statedDiffers(figure: "ผลการประเมิน", stated: label.value, computed: computed.label),
                                at: label.location)
        }
    }
}

/// Checks of codes that point into the framework or at measures.
enum References {
    static func checkIndicator(_ code: Located<String>, _ framework: Framework, _ diagnostics: inout Diagnostics) {
        if let number = Int(code.value), framework.indicator(number) != nil { return }
        if framework.group(code.value) != nil { return }
        let known = framework.indicators.map { String($0.number) } + framework.groups.map(\.code)
        diagnostics.error(.unknownIndicator(code.value, suggestion: Spelling.closest(to: code.value, among: known)),
                          at: code.location)
    }

    /// Questions are checked against the framework's list; `o` codes are the OIT items. A framework
    /// that lists no questions of a tool accepts any code of that tool's form (`i12`).
    static func checkQuestion(_ code: Located<String>, _ framework: Framework, _ diagnostics: inout Diagnostics) {
        let value = code.value
        if value.hasPrefix("o") {
            if framework.item(value) != nil || (framework.partial && isCode(value)) { return }
            diagnostics.error(.unknownQuestion(value, suggestion: Spelling.closest(to: value, among: framework.items.map(\.code))),
                              at: code.location)
            return
        }
        if framework.question(value) != nil { return }
        let prefix = value.first.map(String.init) ?? ""
        let listed = framework.questions.contains { $0.code.hasPrefix(prefix) }
        if !listed, ["i", "e"].contains(prefix), isCode(value) { return }
        diagnostics.error(.unknownQuestion(value, suggestion: Spelling.closest(to: value, among: framework.questions.map(\.code))),
                          at: code.location)
    }

    static func checkMeasure(_ id: Located<String>, in measures: [Measure], _ diagnostics: inout Diagnostics) {
        let ids = measures.map(\.id.value)
        if ids.contains(id.value) { return }
        diagnostics.error(.unknownMeasure(id.value, suggestion: Spelling.closest(to: id.value, among: ids)), at: id.location)
    }

    private static func isCode(_ value: String) -> Bool {
        value.count > 1 && value.dropFirst().allSatisfy(\.isASCII) && Int(value.dropFirst()) != nil
    }
}
