import OITLoad
import OITModel

/// How one figure moved from the previous round's results to this round's.
public struct ScoreChange: Sendable, Equatable {
    public enum Subject: Sendable, Equatable {
        case indicator(number: Int, name: String)
        case tool(String)
        case overall
    }

    public enum Direction: String, Sendable {
        case up, down, same
    }

    public var subject: Subject
    public var before: Double
    public var after: Double

    /// The change between the published (two-decimal) figures, so that it matches what readers subtract.
    public var change: Double { ScoreCard.rounded(after) - ScoreCard.rounded(before) }

    public var direction: Direction {
        change > 0.0001 ? .up : change < -0.0001 ? .down : .same
    }

    /// Indicators both rounds scored, then tools, then the overall score.
    package static func all(from before: ScoreCard, to after: ScoreCard, framework: Framework) -> [ScoreChange] {
        var changes: [ScoreChange] = []
        for indicator in framework.indicators {
            if let a = before.indicators[indicator.number], let b = after.indicators[indicator.number] {
                changes.append(
                    ScoreChange(subject: .indicator(number: indicator.number, name: indicator.name), before: a, after: b))
            }
        }
        for tool in after.tools {
            if let a = before.score(of: tool.tool.code), let b = tool.score {
                changes.append(ScoreChange(subject: .tool(tool.tool.code), before: a, after: b))
            }
        }
        if let a = before.overall, let b = after.overall {
            changes.append(ScoreChange(subject: .overall, before: a, after: b))
        }
        return changes
    }
}
