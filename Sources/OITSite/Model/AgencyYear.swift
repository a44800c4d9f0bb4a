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
    /// False for a year folder that holds only results (and analysis) of a round, kept for the
    /// comparison and the analysis: it has no OIT checklist.
    public var hasChecklist: Bool = true
    /// False when `measures.yaml` had errors, so some measures may be missing from `measures`:
    /// references to them are then not reported again as unknown (one typo, one error).
    public var measuresComplete: Bool = true

    public var fiscalYear: FiscalYear { FiscalYear(year) }
}
