/// The agency's home page: its years.
struct HomePage: PageModel {
    static let template = "home"

    var years: [YearLink]
    var hasYears: Bool
    /// The EIT survey of the latest year, when that year has an ITAS code.
    var survey: SurveyView?
}
