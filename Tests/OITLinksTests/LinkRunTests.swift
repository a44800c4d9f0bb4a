import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender
import OITSite
import Testing

@testable import OITLinks

/// A run's cache: used within its maximum age, asked again after it.
@Suite struct LinkRunTests {
    @Test func cacheWithinMaxAgeThenRefreshed() async throws {
        let file = FileManager.default.temporaryDirectory.appending(path: "oit-links-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        let now = Date()
        try await withTestSite { port, log in
            // A long timeout and no retries: under load a retried request would count a hit twice.
            let settings = LinkFetcherTests.settings(port: port, timeout: 30, backoff: [])
            let urls = ["/ok", "/missing"].map { "http://\(LinkFetcherTests.agency):\(port)\($0)" }
            let first = await LinkRun.run(urls, settings: settings, cacheFile: file, maxAge: 3600, now: now)
            #expect(first.fetched == 2)
            #expect(await log.hits.count == 2)
            let second = await LinkRun.run(
                urls, settings: settings, cacheFile: file, maxAge: 3600, now: now.addingTimeInterval(1800))
            #expect(second.fetched == 0)
            #expect(second.results == first.results)
            #expect(await log.hits.count == 2)
            let third = await LinkRun.run(
                urls, settings: settings, cacheFile: file, maxAge: 3600, now: now.addingTimeInterval(3601))
            #expect(third.fetched == 2)
            #expect(await log.hits.count == 4)
        }
    }

    @Test func networkDownBlamesNoLink() {
        let results = LinkResults([
            LinkResult(url: "https://a.go.th/", result: .unreachable), LinkResult(url: "https://b.go.th/", result: .dns),
        ])
        #expect(results.networkDown)
        #expect(results.dead("https://a.go.th/", site: SiteHosts([])) == nil)
        let one = LinkResults([
            LinkResult(url: "https://a.go.th/", result: .unreachable), LinkResult(url: "https://b.go.th/", result: .ok),
        ])
        #expect(!one.networkDown)
        #expect(one.dead("https://a.go.th/", site: SiteHosts([])) == .unreachable)
    }
}
