import OITCheck
import OITLoad

/// A round's results: computed scores, the change from the previous round, the analysis.
package struct ResultsPage: PageModel {
    package static let template = "results"

    package struct IndicatorScoreRow: Encodable {
        package var anchor: String
        package var number: String
        package var name: String
        package var tool: String
        package var score: String?
        package var strength: Bool
        package var weakness: Bool
    }

    package struct ToolScoreRow: Encodable {
        package var code: String
        package var name: String
        package var weight: String
        package var score: String?
        package var fromToolFigure: Bool
    }

    package struct ComparisonView: Encodable {
        package var previousYear: String
        package var year: String
        package var rows: [ComparisonRow]
        package var chart: String
    }

    package struct ComparisonRow: Encodable {
        package var label: String
        package var previous: String
        package var current: String
        package var change: String
        package var direction: String
        package var directionLabel: String
    }

    package struct QuestionGroup: Encodable {
        package var indicator: String
        package var questions: [QuestionRow]
    }

    package struct QuestionRow: Encodable {
        package var anchor: String
        package var code: String
        package var text: String?
        package var score: String
        package var weakness: Bool
    }

    package struct AnalysisView: Encodable {
        package var threshold: String
        package var strengths: [LinkView]
        package var weaknesses: [WeaknessView]
        package var summary: String?
        package var entries: [AnalysisEntryView]
        package var constraints: [ConstraintView]
        package var hasEntries: Bool
        /// Strengths and weaknesses come from indicator scores; without them there is nothing to say.
        package var hasIndicatorScores: Bool
    }

    package struct AnalysisEntryView: Encodable {
        package var subject: String
        package var issue: String?
        package var analysis: String?
        package var steps: [String]
        package var period: String?
        package var unit: String?
        package var measure: LinkView?
    }

    package struct ConstraintView: Encodable {
        package var topic: String
        package var text: String
    }

    package var year: String
    package var indicators: [IndicatorScoreRow]
    package var tools: [ToolScoreRow]
    package var overall: String?
    package var grade: String?
    package var label: String?
    package var labelKey: String?
    package var incomplete: Bool
    package var discrepancies: [String]
    package var comparison: ComparisonView?
    package var questions: [QuestionGroup]
    package var analysis: AnalysisView
    package var measuresLink: LinkView?
}
