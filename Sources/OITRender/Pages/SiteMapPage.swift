import OITCheck

/// Every page of the agency, by year.
package struct SiteMapPage: PageModel {
    package static let template = "sitemap"

    package struct Year: Encodable {
        package var label: String
        package var href: String
        package var pages: [LinkView]
    }

    package var years: [Year]
}
