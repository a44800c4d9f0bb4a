import Foundation

/// Item entries: known codes, element numbers, period rules, missing entries.
enum ItemChecks {
    static func check(_ year: AgencyYear, _ assessment: YearAssessment, _ diagnostics: inout Diagnostics) {
        let framework = assessment.framework
        guard year.hasChecklist else { return }
        let codes = assessment.items.map(\.code)
        if assessment.items.isEmpty {
            diagnostics.error(.emptyYear(year: year.year, round: framework.round), at: year.round.location)
        } else if framework.partial {
            diagnostics.note(.partialFramework(round: framework.round), at: year.round.location)
        }
        if !assessment.itemsFromContent.isEmpty {
            diagnostics.warning(.itemsFromContent(codes: assessment.itemsFromContent, round: framework.round), at: year.source)
        }
        for entry in year.entries.values.sorted(by: { $0.code.location < $1.code.location }) {
            guard let item = assessment.items.first(where: { $0.code == entry.code.value }) else {
                if framework.partial {
                    diagnostics.error(.itemNeedsTitle(entry.code.value, round: framework.round), at: entry.code.location)
                } else {
                    diagnostics.error(
                        .unknownItem(
                            entry.code.value, round: framework.round,
                            suggestion: Spelling.closest(to: entry.code.value, among: codes)),
                        at: entry.code.location)
                }
                continue
            }
            if case .some(let numbers) = entry.elements {
                for number in numbers where !(1...max(1, item.elements.count)).contains(number.value) {
                    diagnostics.error(.elementOutOfRange(number.value, count: item.elements.count), at: number.location)
                }
            }
            if entry.status == .done, let location = PeriodCheck.violation(entry, item.period, year.fiscalYear) {
                diagnostics.warning(.periodMismatch(item: item.code, rule: item.period, fiscalYear: year.year), at: location)
            }
        }
        for code in assessment.doneWithoutEvidence {
            diagnostics.warning(.doneWithoutEvidence(code), at: year.entries[code]?.code.location ?? year.source)
        }
        for code in assessment.analysisWithoutResults {
            let agencyFolder = year.folder.deletingLastPathComponent().lastPathComponent
            let file = "agencies/\(agencyFolder)/\(year.year - 1)/results.yaml"
            diagnostics.warning(
                .analysisWithoutResults(item: code, resultsYear: year.year - 1, file: file),
                at: year.entries[code]?.code.location ?? year.source)
        }
        let missing = codes.filter { assessment.status(of: $0) == nil }
        if !missing.isEmpty {
            diagnostics.warning(.missingEntries(missing), at: year.source)
        }
    }
}
