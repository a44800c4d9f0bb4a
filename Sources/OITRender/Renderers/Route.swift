import Foundation
import OITCheck
import OITLoad

/// Every page and file of an agency's folder in the output: where it is written, how pages link
/// to it, and its public address below the agency's base URL. The one place that knows the
/// output's layout; a new page kind is a new case here.
public enum Route: Hashable, Sendable {
    case home
    case year(Int)
    case item(year: Int, code: String)
    case results(year: Int)
    case measures(year: Int)
    case progress(year: Int, report: String)
    case memo(year: Int, report: String)
    case submission(year: Int)
    case submissionCSV(year: Int)
    /// The printable A4 poster of the year's EIT survey QR code, for service counters.
    case eitPoster(year: Int)
    /// `oit.json`: the year's items for machines.
    case yearData(year: Int)
    /// A file of the year folder (evidence), copied to the same path under the year.
    case yearFile(year: Int, path: String)
    /// A file of the agency folder (the logo), copied to the same path.
    case agencyFile(String)
    case contact
    case siteMap
    case privacy
    /// `404.html`, which servers show at any missing address.
    case notFound
    case sitemapXML
    case robots
    /// A theme asset, by its path below `assets/`.
    case asset(String)

    /// The page's folder below the agency root ("" for the home page, "2566/o12/" for an item),
    /// or nil for a route that is a file rather than a page folder.
    public var folder: String? {
        switch self {
        case .home: return ""
        case .year(let year): return "\(year)/"
        case .item(let year, let code): return "\(year)/\(code)/"
        case .results(let year): return "\(year)/results/"
        case .measures(let year): return "\(year)/measures/"
        case .progress(let year, let report): return "\(year)/progress/\(report)/"
        case .memo(let year, let report): return "\(year)/progress/\(report)/memo/"
        case .submission(let year): return "\(year)/submission/"
        case .eitPoster(let year): return "\(year)/eit-poster/"
        case .contact: return "contact/"
        case .siteMap: return "sitemap/"
        case .privacy: return "privacy/"
        case .notFound, .submissionCSV, .yearData, .yearFile, .agencyFile, .sitemapXML, .robots, .asset: return nil
        }
    }

    /// The file written, relative to the agency root.
    public var file: String {
        if let folder { return folder + Self.pageFile }
        switch self {
        case .notFound: return "404.html"
        case .submissionCSV(let year): return "\(year)/submission.csv"
        case .yearData(let year): return "\(year)/oit.json"
        case .yearFile(let year, let path): return "\(year)/\(path)"
        case .agencyFile(let path): return path
        case .sitemapXML: return "sitemap.xml"
        case .robots: return "robots.txt"
        case .asset(let path): return "assets/\(path)"
        default: preconditionFailure("every page route has a folder")
        }
    }

    /// The link to the route from the agency root; templates put `{{root}}` in front. Links name
    /// `index.html` so that the site also works opened from disk.
    public var href: String { file }

    public func href(anchor: Anchor) -> String { file + "#" + anchor.id }

    /// The address below the base URL that readers and search engines use: the folder for a page.
    public var publicPath: String { folder ?? file }

    /// Whether the page has an address of its own for `<link rel="canonical">`: a 404 page is
    /// shown at every missing address, so it has none.
    package var hasCanonicalAddress: Bool { self != .notFound }

    /// How many folders deep the route's file is, for relative links back to the agency root.
    package var depth: Int { file.split(separator: "/").count - 1 }

    /// The file each page folder holds.
    public static let pageFile = "index.html"

    /// The list of every agency at the top of the output.
    public static let siteIndexFile = pageFile

    /// A route of one agency seen from the top of the output, where each agency has its folder.
    public func href(inAgency slug: String) -> String { slug + "/" + href }
}
