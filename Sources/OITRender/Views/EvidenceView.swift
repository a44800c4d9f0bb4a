import OITCheck
import OITLoad
import OITModel

/// A link or a file that shows an item's or a progress entry's content.
package struct EvidenceView: Encodable {
    package var title: String
    package var href: String
    /// A file kept with the site (relative link) rather than a web address.
    package var isFile: Bool
    /// A page of this site that holds the item's content (the measures page for o42 in 2566).
    package var isPage = false
    package var host: String?

    package init(_ evidence: Evidence, year: Int) {
        title = evidence.title
        switch evidence.target {
        case .url(let url):
            href = url
            isFile = false
            host = WebAddress.host(url)
        case .file(let path):
            href = Route.yearFile(year: year, path: path).href
            isFile = true
            host = nil
        }
    }

    /// A page of this site, linked from its root like the site's own links.
    package init(page: LinkView) {
        title = page.title
        href = page.href
        isFile = false
        isPage = true
        host = nil
    }
}
