/// Figures as the agency wrote them; the build compares them with the computed ones.
public struct StatedFigures: Sendable {
    public var overall: Located<Double>?
    public var tools: [String: Located<Double>]
    public var grade: Located<String>?
    public var label: Located<String>?
}
