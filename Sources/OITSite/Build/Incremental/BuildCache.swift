import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender
import OITWrite

/// What the last successful build knew, kept in the output folder (`.oit-cache.json`) so that the
/// next build renders only the agencies whose files changed.
///
/// Written by every successful build as the last file of its output; a missing, unreadable or
/// older cache (another format, another tool, theme, frameworks or options) means a full build.
struct BuildCache: Codable, Equatable {
    static let name = OutputManifest.cacheName
    /// Raised when the fields change, so that an older cache is ignored.
    static let format = 4

    /// One agency of the output.
    struct Agency: Codable, Equatable {
        /// `BuildFingerprint.folder` of the agency's content folder.
        var fingerprint: String
        /// `BuildFingerprint.Stats` of the folder when its bytes were hashed: the hash (nil when its
        /// files had just changed: they are hashed again next time) and the entries it covers.
        var stats: String?
        var entries: String?
        /// Its row of the site index.
        var name: String
        var place: String
        /// Its warnings and notes from loading and checking, before `--strict`.
        var diagnostics: [DiagnosticRecord]
        /// How many files, and of them pages, its folder holds. Counts, not names: a changed
        /// agency's folder is replaced as a whole, and a list of every file would make the cache
        /// (and the build's memory) grow with every agency.
        var fileCount: Int
        var pageCount: Int
        /// Whether its pages were checked against their templates, and the names found missing.
        var audited: Bool
        var findings: [TemplateAudit.Finding]
    }

    var format = BuildCache.format
    /// `BuildFingerprint.site`: the tool, theme, frameworks and options.
    var site: String
    var agencies: [String: Agency]
    /// Top-level files besides the agency folders (the index page, shared assets).
    var files: [String]
    /// Names the index page's template uses that its model does not provide.
    var indexFindings: [TemplateAudit.Finding]

    /// The cache of the output folder `folder`; nil when there is none or it cannot be used.
    static func read(from folder: URL) -> BuildCache? { readUndecoded(from: folder)?.withDiagnostics() }

    /// The cache of `folder` with its agencies' diagnostics not yet decoded (see `Undecoded`).
    static func readUndecoded(from folder: URL) -> Undecoded? {
        guard case .success(let bytes) = TextFile.read(folder.appending(path: name).path, limit: .max) else { return nil }
        return undecoded(bytes)
    }

    /// The cache in `bytes` (as `encoded()` writes it); nil when it is not a whole cache of this format.
    static func decoded(_ bytes: [UInt8]) -> BuildCache? { undecoded(bytes)?.withDiagnostics() }

    /// A cache read by `JSONScanner` rather than `JSONDecoder` (see there why), but for the
    /// agencies' diagnostics: they are `Message`s, which only `JSONDecoder` reads, and the first
    /// use of it costs milliseconds of conformance lookups. A build checks the agencies' files
    /// with the rest and decodes these meanwhile, on another thread (`withDiagnostics()`).
    struct Undecoded {
        /// The cache, every agency's diagnostics empty.
        var cache: BuildCache
        /// The JSON text of each agency's diagnostics that are not empty, by agency.
        var diagnostics: [String: [UInt8]]

        /// The whole cache; nil when a diagnostic cannot be read.
        func withDiagnostics() -> BuildCache? {
            var cache = cache
            for (slug, text) in diagnostics {
                guard let records = try? JSONDecoder().decode([DiagnosticRecord].self, from: Data(text)) else { return nil }
                cache.agencies[slug]?.diagnostics = records
            }
            return cache
        }
    }

    static func undecoded(_ bytes: [UInt8]) -> Undecoded? {
        var scanner = JSONScanner(bytes)
        var format: Int?
        var site: String?
        var agencies: [String: Agency]?
        var files: [String]?
        var indexFindings: [TemplateAudit.Finding]?
        var diagnostics: [String: [UInt8]] = [:]
        do {
            try scanner.object { scanner, key in
                switch key {
                case "format": format = try scanner.int()
                case "site": site = try scanner.string()
                case "files": files = try strings(&scanner)
                case "indexFindings": indexFindings = try findings(&scanner)
                case "agencies":
                    var read: [String: Agency] = [:]
                    try scanner.object { scanner, slug in
                        let (agency, text) = try Self.agency(&scanner)
                        read[slug] = agency
                        diagnostics[slug] = text
                    }
                    agencies = read
                default: _ = try scanner.skipValue()
                }
            }
            guard scanner.isAtEnd() else { return nil }
        } catch {
            return nil
        }
        guard format == Self.format, let site, let agencies, let files, let indexFindings else { return nil }
        return Undecoded(
            cache: BuildCache(site: site, agencies: agencies, files: files, indexFindings: indexFindings),
            diagnostics: diagnostics)
    }

    /// An agency, and the text of its diagnostics when there are any (not decoded: `Undecoded`).
    private static func agency(_ scanner: inout JSONScanner) throws -> (Agency, [UInt8]?) {
        var fingerprint: String?
        var stats: String??
        var entries: String??
        var name: String?
        var place: String?
        var diagnostics: [UInt8]??
        var fileCount: Int?
        var pageCount: Int?
        var audited: Bool?
        var findings: [TemplateAudit.Finding]?
        try scanner.object { scanner, key in
            switch key {
            case "fingerprint": fingerprint = try scanner.string()
            case "stats": stats = try scanner.null() ? .some(nil) : try scanner.string()
            case "entries": entries = try scanner.null() ? .some(nil) : try scanner.string()
            case "name": name = try scanner.string()
            case "place": place = try scanner.string()
            case "fileCount": fileCount = try scanner.int()
            case "pageCount": pageCount = try scanner.int()
            case "audited": audited = try scanner.bool()
            case "findings": findings = try Self.findings(&scanner)
            case "diagnostics":
                let range = try scanner.skipValue()
                guard scanner.bytes[range].first == UInt8(ascii: "[") else { throw JSONScanner.Malformed() }
                diagnostics = scanner.bytes[range].elementsEqual("[]".utf8) ? .some(nil) : Array(scanner.bytes[range])
            default: _ = try scanner.skipValue()
            }
        }
        guard let fingerprint, let name, let place, let diagnostics, let fileCount, let pageCount, let audited, let findings
        else { throw JSONScanner.Malformed() }
        let agency = Agency(
            fingerprint: fingerprint, stats: stats ?? nil, entries: entries ?? nil, name: name, place: place,
            diagnostics: [], fileCount: fileCount, pageCount: pageCount, audited: audited, findings: findings)
        return (agency, diagnostics)
    }

    private static func strings(_ scanner: inout JSONScanner) throws -> [String] {
        var strings: [String] = []
        try scanner.array { strings.append(try $0.string()) }
        return strings
    }

    private static func findings(_ scanner: inout JSONScanner) throws -> [TemplateAudit.Finding] {
        var findings: [TemplateAudit.Finding] = []
        try scanner.array { scanner in
            var template: String?
            var name: String?
            try scanner.object { scanner, key in
                switch key {
                case "template": template = try scanner.string()
                case "name": name = try scanner.string()
                default: _ = try scanner.skipValue()
                }
            }
            guard let template, let name else { throw JSONScanner.Malformed() }
            findings.append(TemplateAudit.Finding(template: template, name: name))
        }
        return findings
    }

    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// Every file of the output the cache describes.
    var fileCount: Int { files.count + agencies.values.reduce(0) { $0 + $1.fileCount } }
    var pageCount: Int { agencies.values.reduce(0) { $0 + $1.pageCount } + files.filter(BuildCache.isPage).count }

    static func isPage(_ path: String) -> Bool { path.hasSuffix(".html") }
}
