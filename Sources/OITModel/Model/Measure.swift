/// A measure carried out during a fiscal year, answering the previous round's results.
public struct Measure: Sendable {
    public var id: Located<String>
    public var title: String
    public var indicators: [Located<String>]
    public var questions: [Located<String>]
    public var items: [Located<String>]
    public var issue: String?
    public var steps: [String]
    public var period: String?
    public var units: [String]

    package init(
        id: Located<String>,
        title: String,
        indicators: [Located<String>],
        questions: [Located<String>],
        items: [Located<String>],
        issue: String? = nil,
        steps: [String],
        period: String? = nil,
        units: [String]
    ) {
        self.id = id
        self.title = title
        self.indicators = indicators
        self.questions = questions
        self.items = items
        self.issue = issue
        self.steps = steps
        self.period = period
        self.units = units
    }
}
