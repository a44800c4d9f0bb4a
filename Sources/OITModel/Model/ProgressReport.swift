/// A progress report on a year's measures.
public struct ProgressReport: Sendable {
    public enum Round: String, Sendable, CaseIterable, Choice {
        case sixMonth = "6-month"
        case twelveMonth = "12-month"
        package var spellings: [String] { self == .sixMonth ? ["6-month", "6 เดือน"] : ["12-month", "12 เดือน"] }
    }

    /// The file name without extension; the report's folder in the output.
    public var id: String
    public var round: Round
    public var date: Located<CivilDate>?
    public var title: String?
    public var entries: [ProgressEntry]
    public var memo: Memo?
    public var source: SourceLocation
    /// Measures named by entries written with a mistake (already reported) and so not loaded:
    /// the report still covers them, so they are not reported missing from it.
    public var unreadMeasures: Set<String> = []

    package init(
        id: String,
        round: Round,
        date: Located<CivilDate>? = nil,
        title: String? = nil,
        entries: [ProgressEntry],
        memo: Memo? = nil,
        source: SourceLocation,
        unreadMeasures: Set<String> = []
    ) {
        self.id = id
        self.round = round
        self.date = date
        self.title = title
        self.entries = entries
        self.memo = memo
        self.source = source
        self.unreadMeasures = unreadMeasures
    }
}
