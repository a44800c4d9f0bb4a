/// A figure the agency typed that disagrees with the one computed from its scores.
public struct Discrepancy: Sendable, Equatable {
    /// Which stated figure disagrees.
    public enum Figure: Sendable, Equatable, Codable {
        case overall
        /// A tool's score, by tool code (IIT, EIT, OIT).
        case tool(String)
        case grade
        case label
    }

    /// A stated or computed value: a score, or a word (grade, pass label).
    public enum Value: Sendable, Equatable, Codable {
        case score(Double)
        case text(String)
    }

    public var figure: Figure
    public var stated: Value
    public var computed: Value
    public var location: SourceLocation

    public init(figure: Figure, stated: Value, computed: Value, location: SourceLocation) {
        self.figure = figure
        self.stated = stated
        self.computed = computed
        self.location = location
    }
}
