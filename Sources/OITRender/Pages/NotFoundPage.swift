/// `404.html`: where to go instead.
package struct NotFoundPage: PageModel {
    package static let template = "404"

    package var years: [YearLink]
    package var hasYears: Bool
}
