import OITModel

/// Whether an assessor would score an OIT item 100: the one place that decides it, so the
/// readiness figures, the summary and its tests never disagree on what passing means.
public enum ItemPass {
    /// The reasons the item would score 0, in a fixed order; empty when it passes; nil when the
    /// item does not apply (`n/a`), which leaves it out of its sub-indicator's share.
    ///
    /// An item passes when it is done, every required element is confirmed, its dates satisfy the
    /// round's period rule (`PeriodCheck`, as the build's warnings judge them), it has evidence and
    /// every link is on the agency's own site. An item that holds the year's own content (the
    /// analysis or progress, o42 and o43 in 2566) is shown by the site's own page: only its state
    /// and its elements are judged.
    /// - Parameters:
    ///   - status: the item's state in the year (`YearAssessment.status(of:)`); nil without an entry.
    ///   - tally: its required elements and which are confirmed; nil when none are listed.
    ///   - links: the fetched evidence links (`oit check --links`); nil judges no link by its
    ///     answer, and a dead link makes the item fail.
    public static func failures(
        _ item: FrameworkItem, entry: ItemEntry?, status: ItemStatus?, tally: ElementTally?,
        holdsContent: Bool, fiscalYear: FiscalYear, site: SiteHosts,
        links: LinkResults? = nil
    ) -> [ItemFailure]? {
        guard let status else { return [.noEntry] }
        if status == .notApplicable { return nil }
        var failures: [ItemFailure] = []
        if status != .done { failures.append(.notDone(status: status.rawValue)) }
        for (index, confirmed) in (tally?.confirmed ?? []).enumerated() where !confirmed {
            failures.append(.elementMissing(number: index + 1))
        }
        guard !holdsContent, let entry else { return failures }
        let unreadDate = !entry.rejected.isEmpty && item.period != .current
        if unreadDate || PeriodCheck.violation(entry, item.period, fiscalYear, requireDate: true) != nil {
            let dated = entry.updated != nil || entry.covers != nil
            failures.append(dated ? .dateOutsidePeriod(rule: item.period.rawValue) : .noDate)
        }
        if entry.evidence.isEmpty { failures.append(.noEvidence) }
        var reported: Set<String> = []
        for evidence in entry.evidence {
            guard case .url(let url) = evidence.target, let host = SiteHosts.host(of: url), !site.owns(host),
                reported.insert(host).inserted
            else { continue }
            failures.append(.evidenceOffSite(host: host))
        }
        for evidence in entry.evidence {
            guard case .url(let url) = evidence.target, let result = links?.dead(url, site: site) else { continue }
            failures.append(.linkDead(url: url, result: result))
        }
        return failures
    }
}
