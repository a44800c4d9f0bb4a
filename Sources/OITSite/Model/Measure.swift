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
}
