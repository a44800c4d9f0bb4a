/// How `oit check --links` asks: its timeout, retries, pacing and address overrides.
public struct LinkSettings: Sendable {
    /// Seconds one request may take (`--link-timeout`).
    public var timeout: Double = 10
    /// Pauses before each retry of a timeout, a 5xx or a refused connection, in seconds: two
    /// retries, the second after a longer wait.
    public var backoff: [Double] = [0.5, 1]
    /// Redirects followed before a link counts as never arriving.
    public var maxRedirects = 5
    public var pacing = HostPacing()
    /// `--resolve` rules.
    public var resolve: [ResolveRule] = []
    /// Links fetched at once, over all hosts (each host still gets at most `pacing.limit`).
    public var parallel = 8
    /// The most of a GET page read to look for a password field.
    public var pageLimit = 256 * 1024

    public init() {}
}
