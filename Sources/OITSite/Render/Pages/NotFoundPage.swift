/// `404.html`: where to go instead.
struct NotFoundPage: PageModel {
    static let template = "404"

    var years: [YearLink]
    var hasYears: Bool
}
