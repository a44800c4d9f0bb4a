import Foundation
import OITCheck
import OITLoad
import OITModel
import OITSite

/// One `oit check --links` run: cached results within their age, the rest fetched once each, and
/// the cache written back.
public enum LinkRun {
    public struct Outcome: Sendable {
        public var results: LinkResults
        /// Links asked of their servers in this run (the others came from the cache).
        public var fetched: Int
    }

    /// - Parameters:
    ///   - urls: the evidence links (`LinkChecks.urls(in:)`), once each.
    ///   - cacheFile: `.oit-links.json` in the project folder; nil keeps no cache.
    ///   - maxAge: seconds a cached result is used (`--links-max-age`, in hours on the command line).
    public static func run(
        _ urls: [String], settings: LinkSettings, cacheFile: URL?, maxAge: TimeInterval, now: Date = Date()
    ) async -> Outcome {
        var cache = cacheFile.map(LinkCache.load) ?? LinkCache()
        var results: [LinkResult] = []
        var stale: [String] = []
        for url in urls {
            if let cached = cache.fresh(url, now: now, maxAge: maxAge) { results.append(cached) } else { stale.append(url) }
        }
        if !stale.isEmpty {
            let fetcher = LinkFetcher(settings: settings)
            let fetched = await fetcher.check(stale)
            await fetcher.shutdown()
            for link in fetched { cache.store(link, at: now) }
            results += fetched
        }
        if let cacheFile, !stale.isEmpty { try? cache.save(to: cacheFile) }
        return Outcome(results: LinkResults(results), fetched: stale.count)
    }
}
