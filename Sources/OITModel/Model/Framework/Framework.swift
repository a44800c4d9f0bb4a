/// A round's assessment framework, loaded from a data file: tools and weights, indicators,
/// sub-indicators, bands, pass labels, survey questions and the OIT items.
///
/// Everything that changes from round to round is data here, never a constant in code, because
/// the NACC changes the item list, grouping, periods and labels between rounds.
public struct Framework: Sendable {
    public var round: Int
    /// True while public sources know the round only in part; content may complete it.
    public var partial: Bool
    /// Shown in the build output (and on overviews) to say what is known and what is assumed.
    public var note: String?
    public var tools: [Tool]
    public var indicators: [Indicator]
    public var groups: [IndicatorGroup]
    public var bands: [Band]
    public var labels: [PassLabel]
    public var questions: [Question]
    public var items: [FrameworkItem]
    /// Scores below this (0–100) count as weak points when results are analysed; 80 when the file
    /// does not say.
    public var analysisThreshold: Double
    public var source: SourceLocation
    /// How OIT item scores add up to sub-indicator, indicator and tool scores.
    public var oitScoring: OITScoring = .standard
    /// True when the content's file for this round had errors: the years of the round are then not
    /// checked against it (the file's errors are what to fix first).
    public var hasErrors = false

    /// The threshold used when a framework file does not name one.
    public static let defaultAnalysisThreshold: Double = 80

    public func item(_ code: String) -> FrameworkItem? { items.first { $0.code == code } }
    public func indicator(_ number: Int) -> Indicator? { indicators.first { $0.number == number } }
    public func group(_ code: String) -> IndicatorGroup? { groups.first { $0.code == code } }
    public func question(_ code: String) -> Question? { questions.first { $0.code == code } }
    public func tool(_ code: String) -> Tool? { tools.first { $0.code == code } }
    public func items(in group: IndicatorGroup) -> [FrameworkItem] { items.filter { $0.group == group.code } }
    public func groups(of indicator: Indicator) -> [IndicatorGroup] { groups.filter { $0.indicator == indicator.number } }
    public func indicators(of tool: Tool) -> [Indicator] { indicators.filter { $0.tool == tool.code } }

    /// The item whose page shows the analysis and measures (o42 in 2566), or the progress (o43).
    public func item(holding content: FrameworkItem.Holds) -> FrameworkItem? { items.first { $0.holds == content } }

    /// The item that holds the agency's personal-data (privacy) policy (o10 in 2566), so the site
    /// can link it from every page; nil when the round's list does not name one.
    public var privacyPolicyItem: FrameworkItem? { items.first { $0.role == .privacyPolicy } }

    /// The item that asks for the EIT survey's QR code (o43 in 2566); nil when the round's list
    /// does not name one (the 2568 and 2569 sources do not say which item asks for it).
    public var eitQRItem: FrameworkItem? { items.first { $0.role == .eitQR } }

    /// The tool a question or item code belongs to, by the tool's `questionPrefix` (`i12` → IIT,
    /// `e3` → EIT, `o10` → OIT). The longest matching prefix wins, so prefixes may share letters.
    public func tool(forQuestion code: String) -> Tool? {
        tools.filter { tool in
            guard let prefix = tool.questionPrefix, !prefix.isEmpty else { return false }
            return code.hasPrefix(prefix)
        }
        .max { ($0.questionPrefix?.count ?? 0) < ($1.questionPrefix?.count ?? 0) }
    }

    package init(
        round: Int,
        partial: Bool,
        note: String? = nil,
        tools: [Tool],
        indicators: [Indicator],
        groups: [IndicatorGroup],
        bands: [Band],
        labels: [PassLabel],
        questions: [Question],
        items: [FrameworkItem],
        analysisThreshold: Double,
        source: SourceLocation,
        oitScoring: OITScoring = .standard,
        hasErrors: Bool = false
    ) {
        self.round = round
        self.partial = partial
        self.note = note
        self.tools = tools
        self.indicators = indicators
        self.groups = groups
        self.bands = bands
        self.labels = labels
        self.questions = questions
        self.items = items
        self.analysisThreshold = analysisThreshold
        self.source = source
        self.oitScoring = oitScoring
        self.hasErrors = hasErrors
    }
}
