import OITLoad
import OITModel

/// Step 2 of the pipeline: assesses every agency-year against its round's framework, and checks
/// loaded content against the framework and across files.
public enum Checker {
    /// - Parameters:
    ///   - today: the day calendar-dependent checks compare with (`CheckDate`).
    ///   - links: fetched evidence links (`oit check --links`): dead ones are reported and fail their items.
    public static func check(
        _ project: Project, today: CivilDate = CheckDate.today(), links: LinkResults? = nil
    ) -> (Assessment, Diagnostics) {
        var diagnostics = Diagnostics()
        var assessment = Assessment()
        for agency in project.agencies {
            ITASChecks.checkCode(agency.profile.itasCode, &diagnostics)
            for year in agency.years.sorted(by: { $0.year < $1.year }) where year.roundIsRead {
                guard let framework = project.framework(for: year) else {
                    diagnostics.error(
                        .unknownFramework(round: year.round.value, known: project.frameworks.keys.sorted()),
                        at: year.round.location)
                    continue
                }
                if framework.round != year.round.value {
                    diagnostics.note(.fiscalYear(.roundAssumed(year: year.year, round: framework.round)), at: year.round.location)
                }
                let previous = agency.year(year.year - 1)
                let previousCard = previous.flatMap { previous in
                    assessment.year(previous.year, of: agency.slug)?.scoreCard.map { (previous.year, $0) }
                }
                let next = agency.year(year.year + 1)
                let site = SiteHosts([agency.profile.website, agency.profile.baseURL])
                let assessed = YearAssessment(
                    year: year, framework: framework, previous: previousCard,
                    nextMeasures: next?.measures ?? [], itas: ITASChecks.links(agency.profile, year), site: site,
                    links: links)
                if let links { LinkChecks.check(year, links, site: site, &diagnostics) }
                assessment.add(assessed, of: agency.slug)

                let premature = YearChecks.checkAssessedRound(year, today: today, &diagnostics)
                YearChecks.checkDates(year, &diagnostics)
                ITASChecks.checkCode(year.itasCode, &diagnostics)
                guard !framework.hasErrors else { continue }
                ItemChecks.check(year, assessed, &diagnostics)
                ITASChecks.checkQRItem(year, assessed, agency.profile, &diagnostics)
                if !premature { ResultChecks.check(year, assessed, next: next, &diagnostics) }
                let previousFramework = previous.flatMap { project.framework(for: $0) }
                MeasureChecks.check(year, assessed, addressing: previousFramework ?? framework, &diagnostics)
            }
        }
        if let links, links.networkDown {
            let message = Message.link(.networkDown(links: links.byURL.count))
            if links.networkRequired { diagnostics.error(message, at: nil) } else { diagnostics.note(message, at: nil) }
        }
        return (assessment, diagnostics)
    }
}
