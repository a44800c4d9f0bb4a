/// What fetching one evidence link found (`oit check --links`), as the `OITLinks` target reports
/// it: the library only judges results, it never fetches, so it needs no HTTP client.
public struct LinkResult: Sendable, Equatable, Codable {
    /// How a link ended, worded as `oit check --format json` writes it.
    public enum Class: String, Sendable, Equatable, Codable, CaseIterable {
        case ok, redirected, timeout, unreachable, tls, dns
        case notFound = "not-found"
        case serverError = "server-error"
        case loginWall = "login-wall"
        case offDomain = "off-domain"

        /// A link an assessor could not open (everything but ok and redirected).
        public var isDead: Bool { self != .ok && self != .redirected }

        /// A failure that says more about this machine's network than about the link.
        public var isNetwork: Bool { self == .unreachable || self == .dns }
    }

    public var url: String
    public var result: Class
    /// The last HTTP status seen, when a server answered.
    public var status: Int?
    /// Where the redirects ended, when there were any.
    public var finalURL: String?
    /// Every address after the first, in the order the redirects went.
    public var chain: [String]

    public init(url: String, result: Class, status: Int? = nil, finalURL: String? = nil, chain: [String] = []) {
        self.url = url
        self.result = result
        self.status = status
        self.finalURL = finalURL
        self.chain = chain
    }

    package enum CodingKeys: String, CodingKey {
        case url, result, status, chain
        case finalURL = "final_url"
    }
}
