/// Models of the results, measures and progress pages.

struct ResultsPage {
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

struct IndicatorScoreRow {
    var anchor: String
    var number: String
    var name: String
    var tool: String
    var score: String?
    var strength: Bool
    var weakness: Bool
}

struct ToolScoreRow {
    var code: String
    var name: String
    var weight: String
    var score: String?
    var fromToolFigure: Bool
}

struct ComparisonView {
    var previousYear: String
    var year: String
    var rows: [ComparisonRow]
    var chart: String
}

struct ComparisonRow {
    var label: String
    var previous: String
    var current: String
    var change: String
    var direction: String
    var directionLabel: String
}

struct QuestionGroup {
    var indicator: String
    var questions: [QuestionRow]
}

struct QuestionRow {
    var anchor: String
    var code: String
    var text: String?
    var score: String
    var weakness: Bool
}

struct AnalysisView {
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

struct WeaknessView {
    var anchor: String
    var label: String
    var score: String
    var measures: [LinkView]
}

struct AnalysisEntryView {
    var subject: String
    var issue: String?
    var analysis: String?
    var steps: [String]
    var period: String?
    var unit: String?
    var measure: LinkView?
}

struct ConstraintView {
    var topic: String
    var text: String
}

struct MeasuresPage {
    var year: String
    var basis: LinkView?
    var measures: [MeasureView]
}

struct MeasureView {
    var anchor: String
    var id: String
    var title: String
    var addresses: [RefView]
    var issue: String?
    var steps: [String]
    var period: String?
    var units: String?
    var progress: [ProgressLinkView]
}

/// A reference that links where its target has a page.
struct RefView {
    var title: String
    var href: String?
}

struct ProgressLinkView {
    var title: String
    var href: String
    var status: StatusView
}

struct ProgressPage {
    var title: String
    var round: String
    var date: String?
    var coverage: String
    var measuresTotal: String
    var measuresReported: String
    var complete: Bool
    var unreported: [LinkView]
    var entries: [ProgressEntryView]
    var memo: String?
}

struct ProgressEntryView {
    var anchor: String
    var measure: LinkView
    var status: StatusView
    var summary: String?
    var outcome: String?
    var evidence: [EvidenceView]
}

struct MemoPage {
    var office: String
    var number: String?
    var date: String?
    var subject: String
    var to: String
    var body: String?
    var signatures: [SignatureView]
    var report: String
}

struct SignatureView {
    var name: String?
    var position: String?
}

/// The analysis and measures on the item that holds them (o42 in 2566).
struct HeldAnalysis {
    /// The round analysed: the one before the year shown.
    var resultsYear: String
    var results: LinkView?
    var overall: String?
    var grade: String?
    var label: String?
    var weaknesses: [WeaknessView]
    var measures: [LinkView]
    var measuresPage: String?
    var hasMeasures: Bool
}

/// The progress reports on the item that holds them (o43 in 2566).
struct HeldProgress {
    var reports: [HeldReport]
    var hasReports: Bool
}

struct HeldReport {
    var title: String
    var href: String
    var coverage: String
    var memo: String?
    var entries: [ProgressEntryView]
}
