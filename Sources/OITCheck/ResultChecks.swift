import OITLoad
import OITModel

/// Results and analysis: known indicators and questions, stated figures against computed ones.
package enum ResultChecks {
    package static func check(
        _ year: AgencyYear, _ assessment: YearAssessment, next: AgencyYear?, _ diagnostics: inout Diagnostics
    ) {
        let framework = assessment.framework
        if let results = year.results { checkResults(results, assessment, &diagnostics) }
        if let analysis = year.analysis {
            for entry in analysis.entries {
                switch entry.subject.value {
                case .indicator(let code):
                    References.checkIndicator(Located(code, at: entry.subject.location), framework, &diagnostics)
                case .question(let code):
                    References.checkQuestion(Located(code, at: entry.subject.location), framework, &diagnostics)
                case .general: break
                }
                if let measure = entry.measure, let next, !next.measures.isEmpty, next.measuresComplete {
                    References.checkMeasure(measure, in: next.measures, of: next.year, &diagnostics)
                }
            }
            checkMeasuresYear(analysis, of: year, next: next, &diagnostics)
        }
    }

    /// An analysis names measures of the next year: without that year's `measures.yaml` the
    /// references lead nowhere. Said once, at the first measure named.
    package static func checkMeasuresYear(
        _ analysis: Analysis, of year: AgencyYear, next: AgencyYear?, _ diagnostics: inout Diagnostics
    ) {
        guard let first = analysis.entries.lazy.compactMap(\.measure).first,
            next.map({ $0.measures.isEmpty && $0.measuresComplete }) ?? true
        else { return }
        diagnostics.warning(.fiscalYear(.measuresYearMissing(measure: first.value, year: year.year + 1)), at: first.location)
    }

    package static func checkResults(_ results: Results, _ assessment: YearAssessment, _ diagnostics: inout Diagnostics) {
        let framework = assessment.framework
        for (number, score) in results.indicators.sorted(by: { $0.key < $1.key }) where framework.indicator(number) == nil {
            diagnostics.error(.unknownIndicator(String(number), suggestion: nil), at: score.location)
        }
        for (code, score) in results.questions.sorted(by: { $0.key < $1.key }) {
            References.checkQuestion(Located(code, at: score.location), framework, &diagnostics)
        }
        for (code, figure) in (results.tools.merging(results.stated.tools) { a, _ in a }).sorted(by: { $0.key < $1.key })
        where framework.tool(code) == nil {
            diagnostics.error(
                .unknownKey(code, suggestion: Spelling.closest(to: code, among: framework.tools.map(\.code))),
                at: figure.location)
        }
        // A score written wrong was reported at the score: it is not also missing.
        let missing = assessment.scoreCard?.missingIndicators.filter { !results.unreadIndicators.contains($0) } ?? []
        if !missing.isEmpty {
            diagnostics.warning(.incompleteResults(missing: missing), at: results.source)
        }
        for discrepancy in assessment.discrepancies {
            diagnostics.warning(
                .statedDiffers(discrepancy.figure, stated: discrepancy.stated, computed: discrepancy.computed),
                at: discrepancy.location)
        }
    }
}
