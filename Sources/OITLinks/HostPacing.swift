/// The per-host rule of the link checker, as plain decisions: at most `limit` requests at a time
/// to one host, and starts at least `pause` apart. Hundreds of agencies share one vendor's host,
/// which must not take them as an attack.
public struct HostPacing: Sendable, Equatable {
    public var limit: Int
    /// Seconds between two starts of requests to the same host.
    public var pause: Double

    public init(limit: Int = 2, pause: Double = 0.5) {
        self.limit = limit
        self.pause = pause
    }

    /// Whether another request may start while `active` run.
    public func mayStart(active: Int) -> Bool { active < limit }

    /// When a request asked for at `now` starts, given the earliest start the host allows, and the
    /// earliest start after it (times in seconds on any one clock).
    public func start(now: Double, earliest: Double?) -> (start: Double, next: Double) {
        let start = max(now, earliest ?? now)
        return (start, start + pause)
    }
}
