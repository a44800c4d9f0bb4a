import Foundation
import OITLoad
import OITModel
import OITRender
import OITSite

/// The results of earlier runs (`.oit-links.json` in the project folder), so that a CI run within
/// the maximum age (default a day) asks agencies' sites nothing again. Failures that say more
/// about this machine's network than the link (refused, DNS, timeout) are not kept: the next run
/// asks again.
public struct LinkCache: Sendable, Equatable, Codable {
    public struct Entry: Sendable, Equatable, Codable {
        public var link: LinkResult
        public var checked: Date
    }

    /// The file's name in the project folder; `oit init`'s `.gitignore` lists it.
    public static let fileName = ".oit-links.json"

    public var entries: [String: Entry] = [:]

    public init() {}

    /// The cached result of `url` when checked less than `maxAge` seconds before `now`.
    public func fresh(_ url: String, now: Date, maxAge: TimeInterval) -> LinkResult? {
        guard let entry = entries[url], Self.isFresh(entry.checked, now: now, maxAge: maxAge) else { return nil }
        return entry.link
    }

    /// Whether a result checked at `checked` may be used at `now`: not older than `maxAge`, and not
    /// from the future (a clock set back would keep it forever).
    public static func isFresh(_ checked: Date, now: Date, maxAge: TimeInterval) -> Bool {
        let age = now.timeIntervalSince(checked)
        return age >= 0 && age < maxAge
    }

    /// Whether a result is worth keeping for the next run.
    public static func keeps(_ link: LinkResult) -> Bool {
        !link.result.isNetwork && link.result != .timeout
    }

    public mutating func store(_ link: LinkResult, at now: Date) {
        guard Self.keeps(link) else { return }
        entries[link.url] = Entry(link: link, checked: now)
    }

    /// The cache in `file`; empty when it is missing or unreadable (it is only a cache).
    public static func load(from file: URL) -> LinkCache {
        guard let data = try? Data(contentsOf: file) else { return LinkCache() }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return (try? decoder.decode(LinkCache.self, from: data)) ?? LinkCache()
    }

    /// Writes the cache, sorted, so that its changes read well; a failure to write is not an error
    /// of the content.
    public func save(to file: URL) throws {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(self).write(to: file, options: .atomic)
    }
}
