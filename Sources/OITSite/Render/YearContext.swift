/// One agency-year with its framework and neighbours, and the figures derived from it, computed
/// once and shared by every page of the year.
struct YearContext {
    let agency: Agency
    let year: AgencyYear
    let framework: Framework
    let previous: AgencyYear?
    let next: AgencyYear?
    let frameworks: [Int: Framework]
    let counts: Counts
    /// The year's computed ITA result, when its results are in the content.
    let scoreCard: ScoreCard?

    init(agency: Agency, year: AgencyYear, framework: Framework, previous: AgencyYear?, next: AgencyYear?,
         frameworks: [Int: Framework]) {
        self.agency = agency
        self.year = year
        self.framework = framework
        self.previous = previous
        self.next = next
        self.frameworks = frameworks
        counts = Counts(framework.items.map { year.entries[$0.code]?.status })
        scoreCard = year.results.map { ScoreCard(results: $0, framework: framework) }
    }

    /// "80.42 · B · ต้องปรับปรุง", for overviews; nil without a computable overall score.
    var resultSummary: LinkView? {
        guard let card = scoreCard, let overall = card.overall else { return nil }
        let parts = [Digits.apply(Figures.score(overall), digits), card.band?.grade, card.label?.label].compactMap { $0 }
        return LinkView(title: "ผลการประเมิน ITA \(n(year.year)): " + parts.joined(separator: " · "),
                        href: "\(year.year)/results/index.html")
    }

    var digits: DigitStyle { agency.profile.digits }
    func n(_ number: Int) -> String { Digits.apply(String(number), digits) }
    func date(_ date: CivilDate) -> String { ThaiText.longDate(date, digits: digits) }

    /// The absolute URL of a page, for the submission sheet and exports.
    func url(_ path: String) -> String { agency.profile.baseURL + "\(year.year)/" + path }

    /// Pages of the year's results, measures and reports, relative to the year folder.
    var extraPages: [LinkView] {
        var pages: [LinkView] = []
        if year.results != nil { pages.append(LinkView(title: "ผลการประเมิน ITA \(n(year.year))", href: "results/index.html")) }
        if !year.measures.isEmpty { pages.append(LinkView(title: "มาตรการปีงบประมาณ \(n(year.year))", href: "measures/index.html")) }
        for report in year.reports {
            pages.append(LinkView(title: ProgressViews.title(report, self), href: "progress/\(report.id)/index.html"))
            if report.memo != nil {
                pages.append(LinkView(title: "บันทึกข้อความ: " + ProgressViews.title(report, self), href: "progress/\(report.id)/memo/index.html"))
            }
        }
        return pages
    }
}

/// How many items are in each state; n/a items do not count towards completeness.
struct Counts {
    var total = 0, done = 0, inProgress = 0, notStarted = 0, notApplicable = 0, missing = 0

    init(_ statuses: [ItemStatus?]) {
        total = statuses.count
        for status in statuses {
            switch status {
            case .done?: done += 1
            case .inProgress?: inProgress += 1
            case .notStarted?: notStarted += 1
            case .notApplicable?: notApplicable += 1
            case nil: missing += 1
            }
        }
    }

    var percentDone: Int { Figures.percent(done, of: total - notApplicable) }

    func view(_ n: (Int) -> String) -> CountsView {
        CountsView(total: n(total), done: n(done), inProgress: n(inProgress), notStarted: n(notStarted),
                   notApplicable: n(notApplicable), missing: n(missing), percentDone: n(percentDone))
    }
}
