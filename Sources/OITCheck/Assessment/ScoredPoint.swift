import OITModel

/// An indicator or a survey question with its score: a strength or a weak point of a round.
public struct ScoredPoint: Sendable, Equatable {
    public enum Subject: Sendable, Equatable {
        case indicator(Int)
        case question(String)
    }

    public var subject: Subject
    public var score: Double
    /// Ids of the next year's measures that address this point, in the order they are written.
    public var addressedBy: [String]
}
