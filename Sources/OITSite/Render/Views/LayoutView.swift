/// The frame around every page.
struct LayoutView: PageModel {
    static let template = "layout"

    var lang = "th"
    var title: String
    var description: String
    var root: String
    var canonical: String
    var agency: AgencyView
    var years: [YearLink]
    var crumbs: [Crumb]
    var hasCrumbs: Bool
    var content: String
}
