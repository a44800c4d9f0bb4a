/// The agency's home page: its years.
struct HomePage: PageModel {
    static let template = "home"

    var years: [YearLink]
    var hasYears: Bool
}
