import OITCheck
import OITLoad
import OITModel

/// `sitemap.xml`, with the agency's base URL; entries in the order pages were written.
package struct SiteMapBuilder {
    package let baseURL: String
    private var entries: [(String, CivilDate?)] = []

    package init(baseURL: String) { self.baseURL = baseURL }

    package mutating func add(_ route: Route, lastModified: CivilDate? = nil) { entries.append((route.publicPath, lastModified)) }

    package var xml: String {
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for (path, date) in entries {
            text += "  <url><loc>\(HTML.escape(baseURL + path))</loc>"
            if let date { text += "<lastmod>\(date)</lastmod>" }
            text += "</url>\n"
        }
        return text + "</urlset>\n"
    }
}
