/// Step 2 of the pipeline: assesses every agency-year against its round's framework, and checks
/// loaded content against the framework and across files.
public enum Checker {
    public static func check(_ project: Project) -> (Assessment, Diagnostics) {
        var diagnostics = Diagnostics()
        var assessment = Assessment()
        for agency in project.agencies {
            for year in agency.years.sorted(by: { $0.year < $1.year }) where year.roundIsRead {
                guard let framework = project.frameworks[year.round.value] else {
                    diagnostics.error(
                        .unknownFramework(round: year.round.value, known: project.frameworks.keys.sorted()),
                        at: year.round.location)
                    continue
                }
                let previous = agency.year(year.year - 1)
                let previousCard = previous.flatMap { previous in
                    assessment.year(previous.year, of: agency.slug)?.scoreCard.map { (previous.year, $0) }
                }
                let next = agency.year(year.year + 1)
                let assessed = YearAssessment(
                    year: year, framework: framework, previous: previousCard,
                    nextMeasures: next?.measures ?? [])
                assessment.add(assessed, of: agency.slug)

                guard !framework.hasErrors else { continue }
                ItemChecks.check(year, assessed, &diagnostics)
                ResultChecks.check(year, assessed, next: next, &diagnostics)
                let previousFramework = previous.flatMap { project.frameworks[$0.round.value] }
                MeasureChecks.check(year, assessed, addressing: previousFramework ?? framework, &diagnostics)
            }
        }
        return (assessment, diagnostics)
    }
}
