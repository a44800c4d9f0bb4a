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
}
