import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import OITCheck
import OITLoad
import OITModel
import OITRender
import OITSite

/// Fetches evidence links with AsyncHTTPClient: HEAD first, GET when a server refuses HEAD,
/// redirects followed here (the client's own are off, so the chain can be reported), retries with
/// back-off, and every request paced by host (`HostGate`).
public final class LinkFetcher: Sendable {
    /// One request's answer: status, where it redirects, and whether its page asks for a password.
    struct Answer {
        var status: Int
        var location: String?
        var passwordField: Bool
    }

    let settings: LinkSettings
    let gate: HostGate
    /// The client without address overrides, and one per `--resolve` rule.
    private let plain: HTTPClient
    private let overridden: [ResolveRule: HTTPClient]

    public init(settings: LinkSettings) {
        self.settings = settings
        gate = HostGate(settings.pacing)
        plain = Self.client(settings, override: nil)
        overridden = Dictionary(
            settings.resolve.map { ($0, Self.client(settings, override: $0)) }, uniquingKeysWith: { first, _ in first })
    }

    private static func client(_ settings: LinkSettings, override rule: ResolveRule?) -> HTTPClient {
        var configuration = HTTPClient.Configuration(redirectConfiguration: .disallow)
        let timeout = TimeAmount.milliseconds(Int64(settings.timeout * 1000))
        configuration.timeout = HTTPClient.Configuration.Timeout(connect: timeout, read: timeout)
        if let rule { configuration.dnsOverride = [rule.host: rule.address] }
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    /// The client for a host and port: the `--resolve` rule's, or the plain one.
    func client(host: String, port: Int) -> HTTPClient {
        overridden.first { $0.key.matches(host: host, port: port) }?.value ?? plain
    }

    /// Closes every client; call once, after the last `check`.
    public func shutdown() async {
        for client in [plain] + overridden.values { try? await client.shutdown() }
    }

    /// Every link's result, in the order given; at most `settings.parallel` links at once.
    public func check(_ urls: [String]) async -> [LinkResult] {
        await withTaskGroup(of: (Int, LinkResult).self) { group in
            var results: [LinkResult?] = Array(repeating: nil, count: urls.count)
            var next = 0
            func add() {
                guard next < urls.count else { return }
                let index = next
                next += 1
                group.addTask { (index, await self.check(urls[index])) }
            }
            for _ in 0..<max(1, settings.parallel) { add() }
            while let (index, result) = await group.next() {
                results[index] = result
                add()
            }
            return results.compactMap { $0 }
        }
    }

    /// One link: its requests, up to `maxRedirects` redirects, classified.
    public func check(_ url: String) async -> LinkResult {
        var chain: [String] = []
        var current = url
        while true {
            let answer: Answer
            switch await request(current) {
            case .failure(let error):
                return LinkClassifier.classify(url: url, chain: chain, ending: .failure(error.result))
            case .success(let value):
                answer = value
            }
            guard (300..<400).contains(answer.status), let location = answer.location,
                let target = URL(string: location, relativeTo: URL(string: current))?.absoluteString
            else {
                let ending = LinkClassifier.Ending.answer(status: answer.status, passwordField: answer.passwordField)
                return LinkClassifier.classify(url: url, chain: chain, ending: ending)
            }
            guard chain.count < settings.maxRedirects else {
                return LinkClassifier.classify(url: url, chain: chain, ending: .tooManyRedirects(status: answer.status))
            }
            chain.append(target)
            current = target
        }
    }

    /// HEAD, then GET when the server refuses HEAD (405, 501) or drops the connection on it.
    func request(_ url: String) async -> Result<Answer, LinkError> {
        let head = await attempt(url, method: .HEAD)
        switch head {
        case .success(let answer) where answer.status == 405 || answer.status == 501:
            return await attempt(url, method: .GET)
        case .failure(let error) where error.result == .unreachable && !error.refused:
            return await attempt(url, method: .GET)
        default:
            return head
        }
    }

    /// One method on one address, retried after each pause of `backoff` on a timeout, a refused
    /// connection or a 5xx.
    private func attempt(_ url: String, method: HTTPMethod) async -> Result<Answer, LinkError> {
        var outcome = await once(url, method: method)
        for pause in settings.backoff {
            switch outcome {
            case .success(let answer) where answer.status >= 500: break
            case .failure(let error) where LinkErrors.retries(error.result): break
            default: return outcome
            }
            try? await Task.sleep(for: .seconds(pause))
            outcome = await once(url, method: method)
        }
        return outcome
    }
}
