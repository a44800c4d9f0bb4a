import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender
import OITSite
import Testing

@testable import OITLinks

/// Links fetched from a loopback server under made-up agency host names (`--resolve`): no test
/// leaves the machine.
@Suite struct LinkFetcherTests {
    static let agency = "www.example-agency.go.th"
    static let elsewhere = "files.elsewhere.example.com"

    /// Short pauses, so the suite stays quick; a timeout long enough for a machine busy with other
    /// builds (a loopback answer then took over a second: 1 s made four tests fail as timeouts).
    /// Tests of a timeout give their own short one.
    static func settings(port: Int, timeout: Double = 15, backoff: [Double] = [0.05, 0.1]) -> LinkSettings {
        var settings = LinkSettings()
        settings.timeout = timeout
        settings.backoff = backoff
        settings.pacing = HostPacing(limit: 2, pause: 0.01)
        settings.resolve = [agency, elsewhere].map { ResolveRule(host: $0, port: port, address: "127.0.0.1") }
        return settings
    }

    private func fetch(_ path: String, settings: @escaping @Sendable (Int) -> LinkSettings = { settings(port: $0) }) async throws
        -> (LinkResult, TestSiteLog)
    {
        try await withTestSite(otherHost: Self.elsewhere) { port, log in
            let fetcher = LinkFetcher(settings: settings(port))
            let result = await fetcher.check("http://\(Self.agency):\(port)\(path)")
            await fetcher.shutdown()
            return (result, log)
        }
    }

    @Test func okAndMissing() async throws {
        let (ok, log) = try await fetch("/ok")
        #expect(ok.result == .ok)
        #expect(ok.status == 200)
        #expect(await log.hits == ["HEAD /ok"])
        #expect(try await fetch("/missing").0.result == .notFound)
    }

    @Test func serverErrorsAreRetriedTwice() async throws {
        let (broken, log) = try await fetch("/broken")
        #expect(broken.result == .serverError)
        #expect(broken.status == 500)
        #expect(await log.count("/broken") == 3)
    }

    @Test func redirectChainIsReported() async throws {
        let (link, _) = try await fetch("/r1")
        #expect(link.result == .redirected)
        let port = URLComponents(string: link.finalURL ?? "")?.port ?? 0
        #expect(link.chain == ["http://\(Self.agency):\(port)/r2", "http://\(Self.agency):\(port)/final"])
        #expect(link.finalURL == "http://\(Self.agency):\(port)/final")
        #expect(try await fetch("/loop").0.result == .unreachable)
    }

    @Test func signInPages() async throws {
        #expect(try await fetch("/to-login").0.result == .loginWall)
        let (password, log) = try await fetch("/password")
        #expect(password.result == .ok)
        #expect(await log.hits == ["HEAD /password"])
    }

    @Test func headRefusedFallsBackToGet() async throws {
        let (link, log) = try await fetch("/no-head")
        #expect(link.result == .ok)
        #expect(await log.hits == ["HEAD /no-head", "GET /no-head"])
    }

    @Test func offDomainAfterRedirect() async throws {
        let (link, _) = try await fetch("/off")
        #expect(link.result == .redirected)
        #expect(SiteHosts.host(of: link.finalURL ?? "") == Self.elsewhere)
        #expect(link.judged(for: SiteHosts(["https://\(Self.agency)/"])) == .offDomain)
    }

    /// A server that never answers within the timeout (its page takes 3 s, the timeout is 0.5 s).
    @Test func timeoutWithoutRetries() async throws {
        let (link, _) = try await fetch("/slow") { Self.settings(port: $0, timeout: 0.5, backoff: []) }
        #expect(link.result == .timeout)
        #expect(link.status == nil)
    }

    /// AsyncHTTPClient tries a refused connection again until its connect timeout; without the
    /// checker's own retries, the test takes one timeout.
    @Test func refusedConnection() async throws {
        let port = try await closedPort()
        let fetcher = LinkFetcher(settings: Self.settings(port: port, timeout: 1, backoff: []))
        let link = await fetcher.check("http://\(Self.agency):\(port)/ok")
        await fetcher.shutdown()
        #expect(link.result == .unreachable)
    }

    /// The timeout is long and there are no retries: under a loaded machine a 150 ms page must not
    /// time out and be asked again, which would count a ninth request.
    @Test func atMostTwoRequestsAtOnceByHost() async throws {
        let most = try await withTestSite { port, log in
            let fetcher = LinkFetcher(settings: Self.settings(port: port, timeout: 30, backoff: []))
            let results = await fetcher.check((1...8).map { "http://\(Self.agency):\(port)/busy/\($0)" })
            await fetcher.shutdown()
            #expect(results.allSatisfy { $0.result == .ok })
            #expect(await log.hits.count == 8)
            return await log.mostAtOnce
        }
        #expect(most == 2)
    }
}
