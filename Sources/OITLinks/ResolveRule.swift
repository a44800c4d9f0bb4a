/// `--resolve HOST:PORT:ADDRESS`, as curl has it: connections to HOST on PORT go to ADDRESS,
/// while the request keeps HOST in its URL, its Host header and its TLS server name. Tests and
/// staging point real host names at a local server with it.
///
/// AsyncHTTPClient 1.37 offers this as `HTTPClient.Configuration.dnsOverride` (host to address,
/// any port, SNI kept): `LinkFetcher` gives each rule its own client, so that a rule applies to
/// its port alone.
public struct ResolveRule: Sendable, Equatable, Hashable {
    public var host: String
    public var port: Int
    public var address: String

    public init(host: String, port: Int, address: String) {
        self.host = host.lowercased()
        self.port = port
        self.address = address
    }

    /// `HOST:PORT:ADDRESS`; an IPv6 address may be written in brackets. Nil when malformed.
    public init?(parsing text: String) {
        let parts = text.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3, !parts[0].isEmpty, let port = Int(parts[1]), (1...65535).contains(port) else {
            return nil
        }
        var address = parts[2]
        if address.hasPrefix("["), address.hasSuffix("]") { address = String(address.dropFirst().dropLast()) }
        guard !address.isEmpty else { return nil }
        self.init(host: parts[0], port: port, address: address)
    }

    /// Whether a request to `host` on `port` goes to this rule's address.
    public func matches(host: String, port: Int) -> Bool {
        self.host == host.lowercased() && self.port == port
    }
}
