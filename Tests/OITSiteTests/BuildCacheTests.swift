import Foundation
import Testing

@testable import OITCheck
@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

/// The build cache is read by `JSONScanner` rather than `JSONDecoder`: it must give what
/// `JSONDecoder` gives for every cache oit writes, and nothing (a full build) for anything else.
@Suite struct BuildCacheTests {
    /// A cache with every kind of value: no stats, empty and full lists, text that needs escapes.
    static let tricky: BuildCache = {
        let record = DiagnosticRecord(
            Diagnostic(
                .warning, .missingEntries(["o1", "o2"]),
                at: SourceLocation(file: "Content/agencies/ก \"q\"\\/x.yaml", line: 3, column: 7)))
        let texts = ["", "\"quoted\" \\ back / slash", "ไทย 🇹🇭 e\u{301}", "\u{0}\u{1}\u{1F}\t\n\r", "\u{7F}\u{80}\u{FFFF}"]
        var agencies: [String: BuildCache.Agency] = [:]
        for (number, text) in texts.enumerated() {
            agencies["agency-\(number) \(text)"] = BuildCache.Agency(
                fingerprint: String(repeating: "\(number)", count: 16), stats: number.isMultiple(of: 2) ? nil : "s\(text)",
                entries: number == 1 ? nil : "agency.yaml\u{0}2566\u{0}2566/\(text)\u{0}", name: text, place: "อำเภอ \(text)",
                diagnostics: number == 3 ? [record, record] : [], fileCount: number * 1000, pageCount: -number,
                audited: number == 0, findings: number == 4 ? [.init(template: "item", name: text)] : [])
        }
        return BuildCache(
            site: "site \\ \"x\"", agencies: agencies, files: ["index.html", "assets/style.css"],
            indexFindings: [.init(template: "agencies", name: "x")])
    }()

    @Test func readsWhatItWritesAsJSONDecoderDoes() throws {
        let data = try Self.tricky.encoded()
        #expect(BuildCache.decoded([UInt8](data)) == Self.tricky)
        #expect(try JSONDecoder().decode(BuildCache.self, from: data) == Self.tricky)
    }

    /// The example site's cache, written by a real build, with its warnings and notes.
    @Test func readsTheExampleSitesCache() throws {
        let output = FileManager.default.temporaryDirectory.appending(path: "oit-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let outcome = SiteBuilder(options: .init(content: Paths.exampleContent, theme: Paths.theme, output: output)).build()
        #expect(outcome.wrote)
        let data = try Data(contentsOf: output.appending(path: BuildCache.name))
        let cache = try #require(BuildCache.decoded([UInt8](data)))
        #expect(cache == (try JSONDecoder().decode(BuildCache.self, from: data)))
        #expect(cache.agencies.values.contains { !$0.diagnostics.isEmpty })
        #expect(BuildCache.read(from: output) == cache)
    }

    /// Anything but a whole cache of this format reads as no cache: every cut of a real one,
    /// another format number, a changed type, and stray text after it.
    @Test func anythingElseReadsAsNoCache() throws {
        let bytes = [UInt8](try Self.tricky.encoded())
        for end in stride(from: 0, to: bytes.count, by: 7) {
            #expect(BuildCache.decoded(Array(bytes[..<end])) == nil, "cut at \(end)")
        }
        let text = String(decoding: bytes, as: UTF8.self)
        for (old, new) in [
            ("\"format\":\(BuildCache.format)", "\"format\":\(BuildCache.format + 1)"), ("\"fileCount\":0", "\"fileCount\":0.5"),
            ("\"audited\":true", "\"audited\":1"), ("\"site\":", "\"sites\":"), ("\"fileCount\":0", "\"fileCount\":\"0\""),
        ] {
            #expect(text.contains(old), "\(old)")
            #expect(BuildCache.decoded(Array(text.replacingOccurrences(of: old, with: new).utf8)) == nil, "\(new)")
        }
        #expect(BuildCache.decoded(bytes + Array(" x".utf8)) == nil)
        #expect(BuildCache.decoded(bytes + Array(" \n".utf8)) == Self.tricky)
        #expect(BuildCache.decoded(Array("[]".utf8)) == nil)
    }
}
