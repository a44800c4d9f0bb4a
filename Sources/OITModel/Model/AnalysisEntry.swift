/// One point of the agency's analysis: an indicator, a question or the whole, with what it will do.
public struct AnalysisEntry: Sendable {
    public enum Subject: Sendable, Equatable {
        case indicator(String)
        case question(String)
        case general
    }

    public var subject: Located<Subject>
    public var issue: String?
    public var analysis: String?
    public var measure: Located<String>?
    public var steps: [String]
    public var period: String?
    public var unit: String?

    package init(
        subject: Located<Subject>,
        issue: String? = nil,
        analysis: String? = nil,
        measure: Located<String>? = nil,
        steps: [String],
        period: String? = nil,
        unit: String? = nil
    ) {
        self.subject = subject
        self.issue = issue
        self.analysis = analysis
        self.measure = measure
        self.steps = steps
        self.period = period
        self.unit = unit
    }
}
