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

    /// Every stated figure of `results` that differs from `card`, in a fixed order.
    static func all(stated: StatedFigures, card: ScoreCard) -> [Discrepancy] {
        var found: [Discrepancy] = []
        func compare(_ figure: Figure, _ written: Located<Double>?, _ computed: Double?) {
            guard let written, let computed, abs(written.value - computed) > ScoreCard.tolerance else { return }
            found.append(
                Discrepancy(
                    figure: figure, stated: .score(written.value), computed: .score(computed),
                    location: written.location))
        }
        compare(.overall, stated.overall, card.overall)
        for tool in card.tools where !tool.fromToolFigure {
            compare(.tool(tool.tool.code), stated.tools[tool.tool.code], tool.score)
        }
        if let grade = stated.grade, let band = card.band, grade.value != band.grade {
            found.append(
                Discrepancy(
                    figure: .grade, stated: .text(grade.value), computed: .text(band.grade),
                    location: grade.location))
        }
        if let label = stated.label, let computed = card.label, label.value != computed.label {
            found.append(
                Discrepancy(
                    figure: .label, stated: .text(label.value), computed: .text(computed.label),
                    location: label.location))
        }
        return found
    }
}
