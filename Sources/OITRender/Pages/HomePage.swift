/// The agency's home page: its years.
package struct HomePage: PageModel {
    package static let template = "home"

    package var years: [YearLink]
    package var hasYears: Bool
    /// The EIT survey of the latest year, when that year has an ITAS code.
    package var survey: SurveyView?
}
