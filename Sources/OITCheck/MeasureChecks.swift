import OITLoad
import OITModel

/// Measures and progress reports: every reference resolves, every measure is reported on.
package enum MeasureChecks {
    /// - Parameter addressing: the framework of the round the measures answer (the previous one).
    package static func check(
        _ year: AgencyYear, _ assessment: YearAssessment, addressing: Framework,
        _ diagnostics: inout Diagnostics
    ) {
        let framework = assessment.framework
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
                let message = Message.unknownItem(
                    item.value, round: framework.round,
                    suggestion: Spelling.closest(to: item.value, among: codes))
                if framework.partial {
                    diagnostics.warning(message, at: item.location)
                } else {
                    diagnostics.error(message, at: item.location)
                }
            }
        }
        for report in year.reports {
            checkReportedOnce(report, &diagnostics)
            // A mistyped measure is reported with the one it was probably meant to be, which is
            // then not also reported missing from the report.
            var meant: Set<String> = []
            for entry in report.entries where !seen.keys.contains(entry.measure.value) && year.measuresComplete {
                if let suggestion = References.checkMeasure(entry.measure, in: year.measures, of: year.year, &diagnostics) {
                    meant.insert(suggestion)
                }
            }
            for id in assessment.reportCoverage[report.id]?.unreported ?? [] where !meant.contains(id) {
                diagnostics.warning(.measureNotReported(measure: id, report: report.id), at: report.source)
            }
        }
    }

    /// A measure reported twice in one report would show twice on its page, perhaps with two
    /// statuses: a warning at the second entry, noting the first.
    private static func checkReportedOnce(_ report: ProgressReport, _ diagnostics: inout Diagnostics) {
        var first: [String: SourceLocation] = [:]
        for entry in report.entries {
            if let earlier = first[entry.measure.value] {
                diagnostics.warning(.duplicateCode(entry.measure.value, other: earlier), at: entry.measure.location)
            } else {
                first[entry.measure.value] = entry.measure.location
            }
        }
    }
}
