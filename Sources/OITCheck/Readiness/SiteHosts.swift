import Foundation
import OITLoad
import OITModel

/// The agency's own website, by host: evidence elsewhere (Google Drive, Facebook, file hosts) is
/// not what assessors open, since they judge the agency's main site. A host is the agency's own
/// when it shares the registrable domain of `website:` or `base_url:` (`docs.example.go.th` is
/// `example.go.th`'s own).
public struct SiteHosts: Sendable, Equatable {
    /// The registrable domains of the agency's site addresses, lower case.
    public let domains: Set<String>

    public init(_ addresses: [String]) {
        domains = Set(addresses.compactMap { Self.host(of: $0).map(Self.registrableDomain) })
    }

    /// The host of a URL, lower case, without port or user; nil when the text has none.
    public static func host(of url: String) -> String? {
        guard let host = URLComponents(string: url)?.host?.lowercased(), !host.isEmpty else { return nil }
        return host
    }

    /// Whether `host` belongs to the agency's site; true when the agency names no address, so
    /// that nothing is reported against an unknown site.
    public func owns(_ host: String) -> Bool {
        domains.isEmpty || domains.contains(Self.registrableDomain(host.lowercased()))
    }

    /// The last two labels, or three under a country's second level (`go.th`, `ac.th`, `co.uk`):
    /// a two-letter top-level domain after a label of at most three letters. This is no public
    /// suffix list, but it covers Thai government, school and company names.
    package static func registrableDomain(_ host: String) -> String {
        let labels = host.split(separator: ".").map(String.init)
        guard labels.count > 2 else { return host }
        let last = labels[labels.count - 1]
        let second = labels[labels.count - 2]
        let keep = last.count == 2 && second.count <= 3 ? 3 : 2
        return labels.suffix(keep).joined(separator: ".")
    }
}
