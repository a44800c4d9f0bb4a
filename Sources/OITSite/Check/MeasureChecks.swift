/// Measures and progress reports: every reference resolves, every measure is reported on.
enum MeasureChecks {
    /// - Parameter addressing: the framework of the round the measures answer (the previous one).
    static func check(_ year: AgencyYear, _ framework: Framework, addressing: Framework, _ diagnostics: inout Diagnostics) {
        var seen: [String: SourceLocation] = [:]
        for measure in year.measures {
            if let other = seen[measure.id.value] {
                diagnostics.error(.duplicateCode(measure.id.value, other: other), at: measure.id.location)
            }
            seen[measure.id.value] = measure.id.location
            if measure.indicators.isEmpty && measure.questions.isEmpty && measure.items.isEmpty {
                diagnostics.error(.measureAddressesNothing(measure.id.value), at: measure.id.location)
            }
            for indicator in measure.indicators { References.checkIndicator(indicator, addressing, &diagnostics) }
            for question in measure.questions { References.checkQuestion(question, addressing, &diagnostics) }
            for item in measure.items where framework.item(item.value) == nil && addressing.item(item.value) == nil {
                let codes = framework.items.map(\.code)
                let message = Message.unknownItem(item.value, round: framework.round,
                                                  suggestion: Spelling.closest(to: item.value, among: codes))
                framework.partial ? diagnostics.warning(message, at: item.location) : diagnostics.error(message, at: item.location)
            }
        }
        for report in year.reports {
            var reported = Set<String>()
            for entry in report.entries {
                References.checkMeasure(entry.measure, in: year.measures, &diagnostics)
                reported.insert(entry.measure.value)
            }
            for measure in year.measures where !reported.contains(measure.id.value) {
                diagnostics.warning(.measureNotReported(measure: measure.id.value, report: report.id), at: report.source)
            }
        }
    }
}
