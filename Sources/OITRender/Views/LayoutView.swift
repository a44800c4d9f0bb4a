import OITLoad

/// The frame around every page.
package struct LayoutView: PageModel {
    package static let template = "layout"

    package var lang = "th"
    package var title: String
    package var description: String
    package var root: String
    /// Nil for the 404 page, which servers show at every missing address.
    package var canonical: String?
    package var agency: AgencyView
    package var years: [YearLink]
    package var crumbs: [Crumb]
    package var hasCrumbs: Bool
    package var content: String
}
