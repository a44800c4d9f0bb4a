import OITLoad
import OITModel

/// Whether an entry's dates meet its item's period rule.
package enum PeriodCheck {
    /// Where the entry breaks the rule (the date or period written, else the entry), or nil.
    /// - Parameter requireDate: whether a rule that needs a date is broken when there is none
    ///   (a done item); an item in progress is checked only on the dates it has.
    package static func violation(
        _ entry: ItemEntry, _ rule: PeriodRule, _ year: FiscalYear, requireDate: Bool = true
    ) -> SourceLocation? {
        // A date that could not be read was reported where it is written.
        guard entry.rejected.isEmpty else { return nil }
        let fallback = entry.updated?.location ?? entry.covers?.location ?? entry.code.location
        switch rule {
        case .current:
            return nil
        case .inYear:
            // Last year's period copied into this year's entry is as wrong as last year's date.
            if let covers = entry.covers, covers.value.end < year.start || covers.value.start > year.end {
                return covers.location
            }
            guard let updated = entry.updated else { return requireDate ? fallback : nil }
            return year.contains(updated.value) ? nil : updated.location
        case .inForce:
            guard let covers = entry.covers else { return nil }
            return covers.value.includes(year) ? nil : covers.location
        case .firstHalf:
            if let covers = entry.covers {
                return covers.value.includesFirstHalf(of: year) ? nil : covers.location
            }
            if let updated = entry.updated, updated.value <= year.firstHalfEnd {
                return updated.location
            }
            return nil
        case .previousYear:
            guard let covers = entry.covers else { return nil }
            return covers.value.isExactly(year.previous) ? nil : covers.location
        }
    }
}
