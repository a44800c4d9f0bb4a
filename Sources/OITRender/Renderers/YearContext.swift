import OITCheck
import OITLoad
import OITModel

/// One agency-year as its pages see it: the content, its assessment (computed once in Check),
/// its neighbours, and the agency's way of writing numbers and dates.
package struct YearContext {
    package let agency: Agency
    package let year: AgencyYear
    package let assessment: YearAssessment
    package let previous: AgencyYear?
    /// The previous year's assessment, when that year is in the content with a known round.
    package let previousAssessment: YearAssessment?
    package let next: AgencyYear?
    /// The year's EIT survey link and QR code, made once for the pages that show it.
    package private(set) var survey: SurveyView?

    package init(
        agency: Agency, year: AgencyYear, assessment: YearAssessment, previous: AgencyYear?,
        previousAssessment: YearAssessment?, next: AgencyYear?
    ) {
        self.agency = agency
        self.year = year
        self.assessment = assessment
        self.previous = previous
        self.previousAssessment = previousAssessment
        self.next = next
        survey = SurveyView(self)
    }

    package var framework: Framework { assessment.framework }
    package var digits: DigitStyle { agency.profile.digits }

    /// A number in the agency's digits.
    package func number(_ value: Int) -> String { Digits.apply(String(value), digits) }
    /// A score with two decimals, in the agency's digits.
    package func score(_ value: Double) -> String { Digits.apply(Figures.score(value), digits) }
    package func date(_ date: CivilDate) -> String { ThaiText.longDate(date, digits: digits) }
    /// This year, in the agency's digits.
    package var yearLabel: String { number(year.year) }

    /// The absolute URL of a page, for the submission sheet and exports.
    package func url(_ route: Route) -> String { agency.profile.baseURL + route.publicPath }

    /// "ผลการประเมิน ITA 2566: 80.42 · B · ต้องปรับปรุง", for overviews; nil without an overall score.
    package var resultSummary: LinkView? {
        guard let card = assessment.scoreCard, let overall = card.overall else { return nil }
        let figures = [score(overall), card.band?.grade, card.label?.label].compactMap { $0 }
        return LinkView(
            title: PageText.resultSummary(year: yearLabel, figures: figures),
            href: Route.results(year: year.year).href)
    }

    /// An item's state as pages show it: the assessment's, or "no data yet".
    package func status(of item: FrameworkItem) -> StatusView {
        assessment.status(of: item.code).map(StatusView.init) ?? .missing
    }

    package func link(to measure: Measure, of measuresYear: Int) -> LinkView {
        LinkView(
            title: PageText.measure(id: measure.id.value, title: measure.title),
            href: Route.measures(year: measuresYear).href(anchor: .measure(measure.id.value)))
    }

    package func link(to item: FrameworkItem) -> LinkView {
        LinkView(
            title: PageText.itemTitle(code: item.code, title: item.title),
            href: Route.item(year: year.year, code: item.code).href)
    }

    /// "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล", "ตัวชี้วัดย่อยที่ 9.4 …", or the code as written.
    package func indicatorName(_ code: String, in framework: Framework) -> String {
        if let indicator = Int(code).flatMap(framework.indicator) {
            return PageText.indicator(number(indicator.number), indicator.name)
        }
        if let group = framework.group(code) {
            return PageText.subIndicator(Digits.apply(group.code, digits), group.name)
        }
        return code
    }

    /// The text of a survey question, or the title of an OIT item scored as a question; nil when unknown.
    package func questionText(_ code: String, in framework: Framework) -> String? {
        let text = framework.question(code)?.text ?? framework.item(code)?.title
        return text.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Pages of the year's results, measures and reports, and its EIT poster, with links from the
    /// agency root.
    package var extraPages: [LinkView] {
        var pages: [LinkView] = []
        if year.results != nil {
            pages.append(LinkView(title: PageText.results(yearLabel), href: Route.results(year: year.year).href))
        }
        if !year.measures.isEmpty {
            pages.append(LinkView(title: PageText.measures(yearLabel), href: Route.measures(year: year.year).href))
        }
        for report in year.reports {
            let title = ProgressPageBuilder.title(report, self)
            pages.append(LinkView(title: title, href: Route.progress(year: year.year, report: report.id).href))
            if report.memo != nil {
                pages.append(
                    LinkView(title: PageText.memoTitle(title), href: Route.memo(year: year.year, report: report.id).href))
            }
        }
        if survey != nil {
            pages.append(LinkView(title: PageText.eitPosterTitle(yearLabel), href: Route.eitPoster(year: year.year).href))
        }
        return pages
    }
}
