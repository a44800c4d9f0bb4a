/// Every page of the agency, by year.
struct SiteMapPage: PageModel {
    static let template = "sitemap"

    struct Year: Encodable {
        var label: String
        var href: String
        var pages: [LinkView]
    }

    var years: [Year]
}
