import Foundation
import OITLoad
import OITModel

/// Item entries: known codes, element numbers, period rules, missing entries.
package enum ItemChecks {
    package static func check(_ year: AgencyYear, _ assessment: YearAssessment, _ diagnostics: inout Diagnostics) {
        let framework = assessment.framework
        guard year.hasChecklist else { return }
        let codes = assessment.items.map(\.code)
        if assessment.items.isEmpty {
            diagnostics.error(.emptyYear(year: year.year, round: framework.round), at: year.round.location)
        } else if framework.partial {
            diagnostics.note(.partialFramework(round: framework.round), at: year.round.location)
            let unlisted = framework.unlistedCodes.filter { year.entries[$0] == nil }
            if !unlisted.isEmpty {
                diagnostics.note(.fiscalYear(.unlistedItems(codes: unlisted, round: framework.round)), at: year.round.location)
            }
        }
        if !assessment.itemsFromContent.isEmpty {
            diagnostics.warning(.itemsFromContent(codes: assessment.itemsFromContent, round: framework.round), at: year.source)
        }
        // A mistyped code is reported with the item it was probably meant to be, which is then
        // not also reported as having no entry.
        var meant: Set<String> = []
        for entry in year.entries.values.sorted(by: { $0.code.location < $1.code.location }) {
            guard let item = assessment.items.first(where: { $0.code == entry.code.value }) else {
                if let suggestion = reportUnknown(entry.code, framework, codes, &diagnostics) { meant.insert(suggestion) }
                continue
            }
            if case .some(let numbers) = entry.elements {
                checkElements(numbers, of: item, &diagnostics)
            }
            let checked = entry.status == .done || entry.status == .inProgress
            if checked,
                let location = PeriodCheck.violation(
                    entry, item.period, year.fiscalYear, requireDate: entry.status == .done)
            {
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
                .analysisWithoutResults(item: code, resultsYear: year.year - 1, file: SourceFile(file)),
                at: year.entries[code]?.code.location ?? year.source)
        }
        let missing = codes.filter {
            assessment.status(of: $0) == nil && !year.unreadEntries.contains($0) && !meant.contains($0)
        }
        if !missing.isEmpty {
            diagnostics.warning(.missingEntries(missing), at: year.source)
        }
    }

    /// Element numbers the entry confirms: each must be one of the item's elements. An item whose
    /// elements the framework does not list has no numbers to confirm: one message for the list.
    private static func checkElements(_ numbers: [Located<Int>], of item: FrameworkItem, _ diagnostics: inout Diagnostics) {
        guard let first = numbers.first else { return }
        guard !item.elements.isEmpty else {
            diagnostics.error(.elementsNotListed(item: item.code, numbers: numbers.map(\.value)), at: first.location)
            return
        }
        for number in numbers where !(1...item.elements.count).contains(number.value) {
            diagnostics.error(.elementOutOfRange(number.value, count: item.elements.count), at: number.location)
        }
    }

    /// An entry for no item of the framework; returns the code it was probably meant to be. In a
    /// partial framework an unlisted code may be a real item that needs a title, but not one that
    /// is a listed code in other letter case (O3 for o3).
    private static func reportUnknown(
        _ code: Located<String>, _ framework: Framework, _ codes: [String], _ diagnostics: inout Diagnostics
    ) -> String? {
        if framework.partial, !codes.contains(code.value.lowercased()) {
            diagnostics.error(.itemNeedsTitle(code.value, round: framework.round), at: code.location)
            return nil
        }
        let suggestion = Spelling.closest(to: code.value, among: codes)
        diagnostics.error(.unknownItem(code.value, round: framework.round, suggestion: suggestion), at: code.location)
        return suggestion
    }
}
