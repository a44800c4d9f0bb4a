/// The assessment of every agency-year of a build whose round has a framework.
public struct Assessment: Sendable {
    private var years: [String: [Int: YearAssessment]] = [:]

    public init() {}

    public func year(_ year: Int, of agency: String) -> YearAssessment? { years[agency]?[year] }

    package mutating func add(_ assessment: YearAssessment, of agency: String) {
        years[agency, default: [:]][assessment.year] = assessment
    }
}
