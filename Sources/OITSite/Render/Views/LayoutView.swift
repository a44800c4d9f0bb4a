/// The frame around every page.
struct LayoutView: PageModel {
    static let template = "layout"

    var lang = "th"
    var title: String
    var description: String
    var root: String
    /// Nil for the 404 page, which servers show at every missing address.
    var canonical: String?
    var agency: AgencyView
    var years: [YearLink]
    var crumbs: [Crumb]
    var hasCrumbs: Bool
    var content: String
}
