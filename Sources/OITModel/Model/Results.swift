/// The scores an agency received in one round, as published by the assessment.
public struct Results: Sendable {
    public var indicators: [Int: Located<Double>]
    public var questions: [String: Located<Double>]
    /// Tool scores as received, used only where the indicator scores are not known (seed 004).
    public var tools: [String: Located<Double>]
    public var stated: StatedFigures
    public var source: SourceLocation
    /// Indicators written with a score that was reported as wrong: not reported again as missing.
    public var unreadIndicators: Set<Int> = []

    package init(
        indicators: [Int: Located<Double>],
        questions: [String: Located<Double>],
        tools: [String: Located<Double>],
        stated: StatedFigures,
        source: SourceLocation,
        unreadIndicators: Set<Int> = []
    ) {
        self.indicators = indicators
        self.questions = questions
        self.tools = tools
        self.stated = stated
        self.source = source
        self.unreadIndicators = unreadIndicators
    }
}
