import OITLoad
import OITModel

/// One agency-year's readiness as `oit check --format json` writes it, one object a line:
/// `{"readiness": {...}}`. Optional figures are left out when unknown.
package struct ReadinessRecord: Encodable {
    package struct Failing: Encodable {
        package var item: String
        /// The reasons' stable ids, in the order `reasons` words them.
        package var ids: [String]
        package var reasons: [String]
    }

    package struct Body: Encodable {
        package var agency: String
        package var year: Int
        package var round: Int
        package var groupingKnown: Bool
        package var subIndicators: [String: Double]?
        package var indicators: [String: Double]
        package var oit: Double?
        package var items: Int
        package var passing: Int
        package var overall: Double?
        package var band: String?
        package var label: String?
        package var failing: [Failing]

        package enum CodingKeys: String, CodingKey {
            case agency, year, round, indicators, oit, items, passing, overall, band, label, failing
            case groupingKnown = "grouping_known"
            case subIndicators = "sub_indicators"
        }
    }

    package var readiness: Body

    package init(_ prediction: OITPrediction, agency: String, year: Int, language: Language) {
        let card = prediction.overall?.card
        readiness = Body(
            agency: agency, year: year, round: prediction.round, groupingKnown: prediction.groupingKnown,
            subIndicators: prediction.groupingKnown ? Self.map(prediction.groups) : nil,
            indicators: Self.map(prediction.indicators), oit: prediction.tool, items: prediction.verdicts.count,
            passing: prediction.passing, overall: card?.overall, band: card?.band?.grade, label: card?.label?.label,
            failing: prediction.failing.map { verdict in
                Failing(
                    item: verdict.code, ids: verdict.failures.map(\.id),
                    reasons: verdict.failures.map { $0.text(in: language) })
            })
    }

    private static func map(_ figures: [OITPrediction.Figure]) -> [String: Double] {
        Dictionary(figures.map { ($0.code, $0.score) }, uniquingKeysWith: { first, _ in first })
    }
}
