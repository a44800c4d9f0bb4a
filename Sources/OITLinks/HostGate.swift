/// Holds requests back by host (`HostPacing`): a slot among the host's `limit`, then the host's
/// next start time. Every request to a host, retries and redirects included, passes through it.
actor HostGate {
    private let pacing: HostPacing
    private let clock = ContinuousClock()
    private let origin: ContinuousClock.Instant
    private var active: [String: Int] = [:]
    private var earliest: [String: Double] = [:]
    private var waiting: [String: [CheckedContinuation<Void, Never>]] = [:]

    init(_ pacing: HostPacing) {
        self.pacing = pacing
        origin = clock.now
    }

    /// Waits for a slot and the host's pause; `leave` must follow.
    func enter(_ host: String) async {
        while !pacing.mayStart(active: active[host, default: 0]) {
            await withCheckedContinuation { waiting[host, default: []].append($0) }
        }
        active[host, default: 0] += 1
        let now = seconds(clock.now)
        let (start, next) = pacing.start(now: now, earliest: earliest[host])
        earliest[host] = next
        if start > now { try? await Task.sleep(for: .seconds(start - now)) }
    }

    func leave(_ host: String) {
        active[host, default: 1] -= 1
        if var queue = waiting[host], !queue.isEmpty {
            let next = queue.removeFirst()
            waiting[host] = queue
            next.resume()
        }
    }

    private func seconds(_ instant: ContinuousClock.Instant) -> Double {
        let elapsed = origin.duration(to: instant).components
        return Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
    }
}
