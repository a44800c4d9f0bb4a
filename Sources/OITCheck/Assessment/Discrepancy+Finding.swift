import OITLoad
import OITModel

extension Discrepancy {
    /// Every stated figure of `results` that differs from `card`, in a fixed order.
    package static func all(stated: StatedFigures, card: ScoreCard) -> [Discrepancy] {
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
