import OITLoad
import OITModel

/// Evidence links and what fetching them found (`oit check --links`): which links to fetch, the
/// warnings about dead ones, and one record per use of a link. The fetching itself is `OITLinks`.
public enum LinkChecks {
    /// One evidence link as one item of one agency-year uses it, with its result for that agency.
    public struct Use: Sendable, Equatable {
        public var agency: String
        public var year: Int
        public var item: String
        public var link: LinkResult
        /// The result judged for the agency's own site (`LinkResult.judged(for:)`).
        public var result: LinkResult.Class
    }

    /// Every http and https evidence address of the project, once each, sorted: what one run fetches.
    public static func urls(in project: Project) -> [String] {
        var urls: Set<String> = []
        for agency in project.agencies {
            for year in agency.years {
                for entry in year.entries.values {
                    for evidence in entry.evidence {
                        if case .url(let url) = evidence.target, isWeb(url) { urls.insert(url) }
                    }
                }
            }
        }
        return urls.sorted()
    }

    /// An address the checker can fetch: http or https.
    public static func isWeb(_ url: String) -> Bool {
        let lower = url.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    /// A warning at the `url:` of each dead evidence link of the year (an error with `--strict`);
    /// nothing when the network seems down (`Checker` says that once).
    package static func check(_ year: AgencyYear, _ links: LinkResults, site: SiteHosts, _ diagnostics: inout Diagnostics) {
        for code in year.entries.keys.sorted() {
            for evidence in year.entries[code]?.evidence ?? [] {
                guard case .url(let url) = evidence.target, let result = links.dead(url, site: site),
                    let link = links.byURL[url]
                else { continue }
                let finding = LinkFinding.dead(url: url, result: result, status: link.status, finalURL: link.finalURL)
                diagnostics.warning(.link(finding), at: evidence.location)
            }
        }
    }

    /// Each fetched link as each agency-year's items use it, sorted by address, then agency, year and item.
    public static func uses(in project: Project, _ links: LinkResults) -> [Use] {
        var uses: [Use] = []
        for agency in project.agencies {
            let site = SiteHosts([agency.profile.website, agency.profile.baseURL])
            for year in agency.years {
                for (code, entry) in year.entries {
                    var seen: Set<String> = []
                    for evidence in entry.evidence {
                        guard case .url(let url) = evidence.target, let link = links.byURL[url], seen.insert(url).inserted
                        else { continue }
                        uses.append(
                            Use(agency: agency.slug, year: year.year, item: code, link: link, result: link.judged(for: site)))
                    }
                }
            }
        }
        return uses.sorted { a, b in
            (a.link.url, a.agency, a.year, a.item) < (b.link.url, b.agency, b.year, b.item)
        }
    }
}
