/// Step 2 of the pipeline: checks loaded content against its round's framework and across files.
public enum Checker {
    public static func check(_ project: Project) -> Diagnostics {
        var diagnostics = Diagnostics()
        for agency in project.agencies {
            for year in agency.years {
                guard let framework = project.frameworks[year.round.value] else {
                    diagnostics.error(.unknownFramework(round: year.round.value, known: project.frameworks.keys.sorted()),
                                      at: year.round.location)
                    continue
                }
                ItemChecks.check(year, framework, &diagnostics)
                let previous = agency.year(year.year - 1)
                let previousFramework = previous.flatMap { project.frameworks[$0.round.value] }
                ResultChecks.check(year, framework, next: agency.year(year.year + 1), &diagnostics)
                MeasureChecks.check(year, framework, addressing: previousFramework ?? framework, &diagnostics)
            }
        }
        return diagnostics
    }
}

/// Item entries: known codes, element numbers, period rules, missing entries.
enum ItemChecks {
    static func check(_ year: AgencyYear, _ framework: Framework, _ diagnostics: inout Diagnostics) {
        let codes = framework.items.map(\.code)
        for entry in year.entries.values.sorted(by: { $0.code.location < $1.code.location }) {
            guard let item = framework.item(entry.code.value) else {
                let level: Diagnostic.Severity = framework.partial ? .warning : .error
                let message = Message.unknownItem(entry.code.value, round: framework.round,
                                                  suggestion: Spelling.closest(to: entry.code.value, among: codes))
                level == .error ? diagnostics.error(message, at: entry.code.location)
                    : diagnostics.warning(message, at: entry.code.location)
                continue
            }
            if case .some(let numbers) = entry.elements {
                for number in numbers where !(1...max(1, item.elements.count)).contains(number.value) {
                    diagnostics.error(.elementOutOfRange(number.value, count: item.elements.count), at: number.location)
                }
            }
            if entry.status == .done, let problem = PeriodCheck.problem(entry, item.period, year.fiscalYear) {
                diagnostics.warning(.periodMismatch(item: item.code, rule: problem.rule), at: problem.location)
            }
        }
        let missing = codes.filter { year.entries[$0] == nil }
        if !missing.isEmpty {
            diagnostics.warning(.missingEntries(missing), at: year.source)
        }
    }
}

/// Whether an entry's dates meet its item's period rule.
enum PeriodCheck {
    struct Problem {
        var rule: String
        var location: SourceLocation
    }

    static func problem(_ entry: ItemEntry, _ rule: PeriodRule, _ year: FiscalYear) -> Problem? {
        let text = PeriodText.requirement(rule, year, digits: .arabic)
        let fallback = entry.updated?.location ?? entry.covers?.location ?? entry.code.location
        switch rule {
        case .current:
            return nil
        case .inYear:
            guard let updated = entry.updated else { return Problem(rule: text, location: fallback) }
            return year.contains(updated.value) ? nil : Problem(rule: text, location: updated.location)
        case .inForce:
            guard let covers = entry.covers else { return nil }
            return covers.value.includes(year) ? nil : Problem(rule: text, location: covers.location)
        case .firstHalf:
            if let covers = entry.covers {
                return covers.value.includesFirstHalf(of: year) ? nil : Problem(rule: text, location: covers.location)
            }
            if let updated = entry.updated, updated.value <= year.firstHalfEnd {
                return Problem(rule: text, location: updated.location)
            }
            return nil
        case .previousYear:
            guard let covers = entry.covers else { return nil }
            return covers.value.isExactly(year.previous) ? nil : Problem(rule: text, location: covers.location)
        }
    }
}
