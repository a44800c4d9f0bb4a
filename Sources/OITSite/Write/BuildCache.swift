import Foundation

/// What the last successful build knew, kept in the output folder (`.oit-cache.json`) so that the
/// next build renders only the agencies whose files changed.
///
/// Written by every successful build as the last file of its output; a missing, unreadable or
/// older cache (another format, another tool, theme, frameworks or options) means a full build.
struct BuildCache: Codable, Equatable {
    static let name = ".oit-cache.json"
    /// Raised when the fields change, so that an older cache is ignored.
    static let format = 1

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
        /// The files written under its folder, relative to the folder.
        var files: [String]
        /// Whether its pages were checked against their templates, and the names found missing.
        var audited: Bool
        var findings: [TemplateAudit.Finding]

        var pageCount: Int { files.filter(BuildCache.isPage).count }

        private enum CodingKeys: String, CodingKey { case fingerprint, stats, name, place, diagnostics, files, audited, findings }

        init(
            fingerprint: String, stats: String?, name: String, place: String, diagnostics: [DiagnosticRecord], files: [String],
            audited: Bool, findings: [TemplateAudit.Finding]
        ) {
            (self.fingerprint, self.stats, self.name, self.place) = (fingerprint, stats, name, place)
            (self.diagnostics, self.files, self.audited, self.findings) = (diagnostics, files, audited, findings)
        }

        // The file list is kept as one string, one path a line: tens of thousands of JSON strings
        // took most of the time of reading the cache.
        init(from decoder: any Decoder) throws {
            let values = try decoder.container(keyedBy: CodingKeys.self)
            fingerprint = try values.decode(String.self, forKey: .fingerprint)
            stats = try values.decodeIfPresent(String.self, forKey: .stats)
            name = try values.decode(String.self, forKey: .name)
            place = try values.decode(String.self, forKey: .place)
            diagnostics = try values.decode([DiagnosticRecord].self, forKey: .diagnostics)
            let lines = try values.decode(String.self, forKey: .files)
            files = lines.isEmpty ? [] : lines.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            audited = try values.decode(Bool.self, forKey: .audited)
            findings = try values.decode([TemplateAudit.Finding].self, forKey: .findings)
        }

        func encode(to encoder: any Encoder) throws {
            var values = encoder.container(keyedBy: CodingKeys.self)
            try values.encode(fingerprint, forKey: .fingerprint)
            try values.encodeIfPresent(stats, forKey: .stats)
            try values.encode(name, forKey: .name)
            try values.encode(place, forKey: .place)
            try values.encode(diagnostics, forKey: .diagnostics)
            try values.encode(files.joined(separator: "\n"), forKey: .files)
            try values.encode(audited, forKey: .audited)
            try values.encode(findings, forKey: .findings)
        }
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
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path),
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
    var fileCount: Int { files.count + agencies.values.reduce(0) { $0 + $1.files.count } }
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
