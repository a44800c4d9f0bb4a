/// Whether an entry's dates meet its item's period rule.
enum PeriodCheck {
    /// Where the entry breaks the rule (the date or period written, else the entry), or nil.
    static func violation(_ entry: ItemEntry, _ rule: PeriodRule, _ year: FiscalYear) -> SourceLocation? {
        // A date that could not be read was reported where it is written.
        guard entry.rejected.isEmpty else { return nil }
        let fallback = entry.updated?.location ?? entry.covers?.location ?? entry.code.location
        switch rule {
        case .current:
            return nil
        case .inYear:
            guard let updated = entry.updated else { return fallback }
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
