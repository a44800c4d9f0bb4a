/// A round's results: computed scores, the change from the previous round, the analysis.
struct ResultsPage: PageModel {
    static let template = "results"

    struct IndicatorScoreRow: Encodable {
        var anchor: String
        var number: String
        var name: String
        var tool: String
        var score: String?
        var strength: Bool
        var weakness: Bool
    }

    struct ToolScoreRow: Encodable {
        var code: String
        var name: String
        var weight: String
        var score: String?
        var fromToolFigure: Bool
    }

    struct ComparisonView: Encodable {
        var previousYear: String
        var year: String
        var rows: [ComparisonRow]
        var chart: String
    }

    struct ComparisonRow: Encodable {
        var label: String
        var previous: String
        var current: String
        var change: String
        var direction: String
        var directionLabel: String
    }

    struct QuestionGroup: Encodable {
        var indicator: String
        var questions: [QuestionRow]
    }

    struct QuestionRow: Encodable {
        var anchor: String
        var code: String
        var text: String?
        var score: String
        var weakness: Bool
    }

    struct AnalysisView: Encodable {
        var threshold: String
        var strengths: [LinkView]
        var weaknesses: [WeaknessView]
        var summary: String?
        var entries: [AnalysisEntryView]
        var constraints: [ConstraintView]
        var hasEntries: Bool
        /// Strengths and weaknesses come from indicator scores; without them there is nothing to say.
        var hasIndicatorScores: Bool
    }

    struct AnalysisEntryView: Encodable {
        var subject: String
        var issue: String?
        var analysis: String?
        var steps: [String]
        var period: String?
        var unit: String?
        var measure: LinkView?
    }

    struct ConstraintView: Encodable {
        var topic: String
        var text: String
    }

    var year: String
    var indicators: [IndicatorScoreRow]
    var tools: [ToolScoreRow]
    var overall: String?
    var grade: String?
    var label: String?
    var labelKey: String?
    var incomplete: Bool
    var discrepancies: [String]
    var comparison: ComparisonView?
    var questions: [QuestionGroup]
    var analysis: AnalysisView
    var measuresLink: LinkView?
}
