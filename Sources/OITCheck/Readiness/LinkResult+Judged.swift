import OITModel

extension LinkResult {
    /// The result for an agency: a link that works but ends outside the agency's own site
    /// (`SiteHosts`) is off-domain, since assessors judge the main site.
    public func judged(for site: SiteHosts) -> Class {
        guard !result.isDead, let final = finalURL, let host = SiteHosts.host(of: final), !site.owns(host) else {
            return result
        }
        return .offDomain
    }
}
