/// One agency-year's readiness as `oit check --format json` writes it, one object a line:
/// `{"readiness": {...}}`. Optional figures are left out when unknown.
struct ReadinessRecord: Encodable {
    struct Failing: Encodable {
        var item: String
        /// The reasons' stable ids, in the order `reasons` words them.
        var ids: [String]
        var reasons: [String]
    }

    struct Body: Encodable {
        var agency: String
        var year: Int
        var round: Int
        var groupingKnown: Bool
        var subIndicators: [String: Double]?
        var indicators: [String: Double]
        var oit: Double?
        var items: Int
        var passing: Int
        var overall: Double?
        var band: String?
        var label: String?
        var failing: [Failing]

        enum CodingKeys: String, CodingKey {
            case agency, year, round, indicators, oit, items, passing, overall, band, label, failing
            case groupingKnown = "grouping_known"
            case subIndicators = "sub_indicators"
        }
    }

    var readiness: Body

    init(_ prediction: OITPrediction, agency: String, year: Int, language: Language) {
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
