/// Everything one build reads: the frameworks and the agencies.
public struct Project: Sendable {
    public var frameworks: [Int: Framework]
    public var agencies: [Agency]

    package init(frameworks: [Int: Framework], agencies: [Agency]) {
        self.frameworks = frameworks
        self.agencies = agencies
    }
}

extension Project {
    /// The framework a year is checked against: the round its content names, or, when it names
    /// none, the round `RoundChoice` gives; nil when there is no such framework.
    public func framework(for year: AgencyYear) -> Framework? {
        if year.roundStated { return frameworks[year.round.value] }
        let round =
            year.hasChecklist
            ? RoundChoice.round(forYear: year.year, known: frameworks.keys)
            : RoundChoice.round(forYearWithoutChecklist: year.year, known: frameworks.keys)
        return round.flatMap { frameworks[$0] }
    }
}
