/// Figures as the agency wrote them; the build compares them with the computed ones.
public struct StatedFigures: Sendable {
    public var overall: Located<Double>?
    public var tools: [String: Located<Double>]
    public var grade: Located<String>?
    public var label: Located<String>?

    package init(
        overall: Located<Double>? = nil,
        tools: [String: Located<Double>],
        grade: Located<String>? = nil,
        label: Located<String>? = nil
    ) {
        self.overall = overall
        self.tools = tools
        self.grade = grade
        self.label = label
    }
}
