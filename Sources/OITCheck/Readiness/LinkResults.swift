import OITModel

/// Every evidence link's result of one `oit check --links` run, by URL.
public struct LinkResults: Sendable, Equatable {
    public let byURL: [String: LinkResult]
    /// Whether a run that could reach no site fails (`--links-need-network`): by default an
    /// outage is a note, so a publish does not stop because the build machine is offline.
    public let networkRequired: Bool

    public init(_ results: [LinkResult], networkRequired: Bool = false) {
        byURL = Dictionary(results.map { ($0.url, $0) }, uniquingKeysWith: { first, _ in first })
        self.networkRequired = networkRequired
    }

    /// True when every link failed the way a missing network fails (refused, reset or no DNS):
    /// the machine is more likely offline than every agency's site down, so no link is blamed.
    public var networkDown: Bool {
        !byURL.isEmpty && byURL.values.allSatisfy(\.result.isNetwork)
    }

    /// The class that makes the link dead for this agency; nil when it works, was not checked,
    /// or the network seems down.
    public func dead(_ url: String, site: SiteHosts) -> LinkResult.Class? {
        guard !networkDown, let result = byURL[url] else { return nil }
        let judged = result.judged(for: site)
        return judged.isDead ? judged : nil
    }
}
