import Foundation

/// One fiscal year of an agency: the round that applies and everything published for it.
public struct AgencyYear: Sendable {
    public var year: Int
    public var folder: URL
    public var round: Located<Int>
    /// False when the content does not name the round (`round:` in `year.yaml`): the year then
    /// runs on the round `RoundChoice` gives, and the build says so.
    public var roundStated: Bool = true
    /// Item entries by code, in framework order once checked.
    public var entries: [String: ItemEntry]
    public var results: Results?
    public var analysis: Analysis?
    public var measures: [Measure]
    public var reports: [ProgressReport]
    public var source: SourceLocation
    /// The ITAS code for this round when it differs from the agency's (`itas_code:` in `year.yaml`).
    public var itasCode: Located<String>? = nil
    /// False for a year folder without `year.yaml` or `items/`: it publishes only results and
    /// analysis of a round, or measures and progress reports, and has no OIT checklist.
    public var hasChecklist: Bool = true
    /// False when `year.yaml` does not parse or its `round:` is not a number: the round is then
    /// unknown, and the year is not checked against a framework, so that the mistake already
    /// reported is not followed by errors about a round the clerk never chose.
    public var roundIsRead: Bool = true
    /// Codes of entries written with a mistake (already reported) and so not loaded: they are
    /// still there for the checks that follow, which do not report them missing.
    public var unreadEntries: Set<String> = []
    /// False when `measures.yaml` had errors, so some measures may be missing from `measures`:
    /// references to them are then not reported again as unknown (one typo, one error).
    public var measuresComplete: Bool = true

    public var fiscalYear: FiscalYear { FiscalYear(year) }

    package init(
        year: Int,
        folder: URL,
        round: Located<Int>,
        roundStated: Bool = true,
        entries: [String: ItemEntry],
        results: Results? = nil,
        analysis: Analysis? = nil,
        measures: [Measure],
        reports: [ProgressReport],
        source: SourceLocation,
        itasCode: Located<String>? = nil,
        hasChecklist: Bool = true,
        roundIsRead: Bool = true,
        unreadEntries: Set<String> = [],
        measuresComplete: Bool = true
    ) {
        self.year = year
        self.folder = folder
        self.round = round
        self.roundStated = roundStated
        self.entries = entries
        self.results = results
        self.analysis = analysis
        self.measures = measures
        self.reports = reports
        self.source = source
        self.itasCode = itasCode
        self.hasChecklist = hasChecklist
        self.roundIsRead = roundIsRead
        self.unreadEntries = unreadEntries
        self.measuresComplete = measuresComplete
    }
}
