import Foundation

/// What the last successful build knew, kept in the output folder (`.oit-cache.json`) so that the
/// next build renders only the agencies whose files changed.
///
/// Written by every successful build as the last file of its output; a missing, unreadable or
/// older cache (another format, another tool, theme, frameworks or options) means a full build.
struct BuildCache: Codable, Equatable {
    static let name = ".oit-cache.json"
    /// Raised when the fields change, so that an older cache is ignored.
    static let format = 2

    /// One agency of the output.
    struct Agency: Codable, Equatable {
        /// `BuildFingerprint.folder` of the agency's content folder.
        var fingerprint: String
        /// `BuildFingerprint.stats` of the folder when its bytes were hashed; nil when its files
        /// had just changed (they are hashed again next time).
        var stats: String?
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
    static func read(from folder: URL) -> BuildCache? {
        guard let data = FileManager.default.contents(atPath: folder.appending(path: name).path),
            let cache = try? JSONDecoder().decode(BuildCache.self, from: data), cache.format == format
        else { return nil }
        return cache
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

extension TemplateAudit.Finding: Codable {
    private enum CodingKeys: String, CodingKey { case template, name }

    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            template: try values.decode(String.self, forKey: .template), name: try values.decode(String.self, forKey: .name))
    }

    public func encode(to encoder: any Encoder) throws {
        var values = encoder.container(keyedBy: CodingKeys.self)
        try values.encode(template, forKey: .template)
        try values.encode(name, forKey: .name)
    }
}
