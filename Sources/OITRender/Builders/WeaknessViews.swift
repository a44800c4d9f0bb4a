import OITCheck
import OITLoad
import OITModel

/// Formats a round's weak points with links to the measures that answer them: on the round's
/// results page, and on the item that holds the analysis in the following year.
package enum WeaknessViews {
    /// - Parameters:
    ///   - assessment: the round whose weak points are shown.
    ///   - measures: the measures of the following year; `measuresYear` is that year.
    package static func views(of assessment: YearAssessment, _ context: YearContext, measures: [Measure], measuresYear: Int)
        -> [WeaknessView]
    {
        let framework = assessment.framework
        return assessment.weaknesses.map { point in
            let label: String
            let anchor: Anchor
            switch point.subject {
            case .indicator(let number):
                label = framework.indicator(number).map { PageText.indicator(context.number(number), $0.name) } ?? String(number)
                anchor = .indicator(String(number))
            case .question(let code):
                label = context.questionText(code, in: framework).map { "\(code) \($0)" } ?? code
                anchor = .question(code)
            }
            let links = point.addressedBy.compactMap { id in measures.first { $0.id.value == id } }
                .map { context.link(to: $0, of: measuresYear) }
            return WeaknessView(anchor: anchor.id, label: label, score: context.score(point.score), measures: links)
        }
    }
}
