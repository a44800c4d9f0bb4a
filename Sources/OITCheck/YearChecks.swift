import OITLoad
import OITModel

/// Files in the wrong year and dates that cannot belong to their year: what a clerk in a new
/// fiscal year gets wrong by copying last year's folder or mistyping a year.
package enum YearChecks {
    /// Reports `results.yaml` and `analysis.yaml` of a round not assessed yet on `today` (most
    /// likely the previous round's, filed one folder too late). Returns whether it did, so the
    /// checks that would read those files as this round's say nothing more about them.
    package static func checkAssessedRound(_ year: AgencyYear, today: CivilDate, _ diagnostics: inout Diagnostics) -> Bool {
        let latest = CheckDate.latestAssessedRound(on: today)
        guard year.year > latest else { return false }
        let files = [year.results?.source, year.analysis?.source].compactMap { $0 }
        for source in files {
            diagnostics.error(
                .fiscalYear(.roundNotAssessedYet(file: source.file, round: year.year, belongsIn: year.year - 1)),
                at: source)
        }
        return !files.isEmpty
    }

    /// Dates no content of the year can have: item and report dates more than a fiscal year after
    /// the year ends (a mistyped year: 2596 for 2569), periods ending more than ten years after
    /// it (a plan in force may span five), and progress reports dated outside their year.
    package static func checkDates(_ year: AgencyYear, _ diagnostics: inout Diagnostics) {
        let fiscalYear = year.fiscalYear
        let latestDate = FiscalYear(year.year + 1).end
        let latestPeriodEnd = FiscalYear(year.year + 10).end
        for entry in year.entries.values.sorted(by: { $0.code.location < $1.code.location }) {
            if let updated = entry.updated, updated.value > latestDate {
                diagnostics.error(farAfter(updated.value, year), at: updated.location)
            }
            if let covers = entry.covers, covers.value.end > latestPeriodEnd {
                diagnostics.error(farAfter(covers.value.end, year), at: covers.location)
            }
        }
        for report in year.reports {
            guard let date = report.date else { continue }
            if date.value > latestDate {
                diagnostics.error(farAfter(date.value, year), at: date.location)
            } else if date.value < fiscalYear.start || date.value > reportDeadline(fiscalYear) {
                diagnostics.warning(
                    .fiscalYear(.reportDateOutsideYear(date: date.value.description, fiscalYear: year.year)),
                    at: date.location)
            }
        }
    }

    /// A 12-month report is often signed in the weeks after the year ends: up to 31 December.
    package static func reportDeadline(_ year: FiscalYear) -> CivilDate {
        CivilDate(year: year.end.year, month: 12, day: 31) ?? year.end
    }

    private static func farAfter(_ date: CivilDate, _ year: AgencyYear) -> Message {
        .fiscalYear(.dateFarAfterYear(date: date.description, fiscalYear: year.year))
    }
}
