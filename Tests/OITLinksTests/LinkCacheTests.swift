import Foundation
import OITLoad
import OITModel
import OITSite
import Testing

@testable import OITLinks

/// The cache's age rule and what it keeps, without a network.
@Suite struct LinkCacheTests {
    private let now = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func freshWithinMaxAge() {
        var cache = LinkCache()
        cache.store(LinkResult(url: "https://a.go.th/", result: .notFound, status: 404), at: now)
        #expect(cache.fresh("https://a.go.th/", now: now.addingTimeInterval(3599), maxAge: 3600)?.status == 404)
        #expect(cache.fresh("https://a.go.th/", now: now.addingTimeInterval(3600), maxAge: 3600) == nil)
        #expect(cache.fresh("https://a.go.th/", now: now.addingTimeInterval(-60), maxAge: 3600) == nil)
        #expect(cache.fresh("https://b.go.th/", now: now, maxAge: 3600) == nil)
    }

    @Test func networkFailuresAreNotKept() {
        var cache = LinkCache()
        for result in [LinkResult.Class.unreachable, .dns, .timeout] {
            cache.store(LinkResult(url: "https://\(result.rawValue).go.th/", result: result), at: now)
        }
        #expect(cache.entries.isEmpty)
    }

    @Test func roundTripsThroughItsFile() throws {
        let file = FileManager.default.temporaryDirectory.appending(path: "oit-links-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        var cache = LinkCache()
        cache.store(
            LinkResult(url: "https://a.go.th/", result: .redirected, status: 200, finalURL: "https://a.go.th/b"), at: now)
        try cache.save(to: file)
        #expect(LinkCache.load(from: file) == cache)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("\"final_url\""))
        #expect(LinkCache.load(from: file.appending(path: "missing")).entries.isEmpty)
    }
}
