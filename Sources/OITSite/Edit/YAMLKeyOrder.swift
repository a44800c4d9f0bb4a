import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender

/// The documented key order per file kind (agency.yaml, year.yaml + item entries, results.yaml, analysis.yaml,
/// measures.yaml, progress/*.yaml, item front matter), taken from docs/CONTENT.md / the scaffold.
///
/// A new key goes after the nearest key before it in this order that the mapping has. Keys of a
/// mapping whose keys are codes (`items:`, `indicators:`) go in natural order (o2 before o10).
public struct YAMLKeyOrder: Sendable {
    /// One mapping's order; `nil` in a pattern matches any key or list entry.
    struct Rule: Sendable {
        var pattern: [String?]
        var keys: [String]
    }

    var rules: [Rule]
    /// Mappings whose keys are codes, kept in natural order.
    var codeMappings: [[String?]]
    /// The YAML is the front matter between `---` lines of a Markdown file (`items/o12.md`).
    public var frontMatter: Bool

    /// No order known: new keys go at the end of their mapping.
    public static let none = YAMLKeyOrder(rules: [], codeMappings: [], frontMatter: false)

    public static func forFile(_ url: URL) -> YAMLKeyOrder {
        let name = url.lastPathComponent
        let folder = url.deletingLastPathComponent().lastPathComponent
        switch name {
        case "agency.yaml": return YAMLKeyOrder(rules: agency, codeMappings: [], frontMatter: false)
        case "year.yaml":
            return YAMLKeyOrder(
                rules: [Rule(pattern: [], keys: ["round", "itas_code", "items"])] + item(under: ["items", nil]),
                codeMappings: [["items"]], frontMatter: false)
        case "results.yaml":
            return YAMLKeyOrder(rules: results, codeMappings: [["indicators"], ["questions"]], frontMatter: false)
        case "analysis.yaml": return YAMLKeyOrder(rules: analysis, codeMappings: [], frontMatter: false)
        case "measures.yaml": return YAMLKeyOrder(rules: measures, codeMappings: [], frontMatter: false)
        default:
            if folder == "items", url.pathExtension == "md" {
                return YAMLKeyOrder(rules: item(under: []), codeMappings: [], frontMatter: true)
            }
            if folder == "progress" { return YAMLKeyOrder(rules: progress, codeMappings: [], frontMatter: false) }
            return .none
        }
    }

    /// The documented keys of the mapping at `path`, in order; nil when the order is not known.
    func keys(at path: [YAMLKeyPath.Component]) -> [String]? {
        rules.first { Self.matches($0.pattern, path) }?.keys
    }

    func isCodeMapping(_ path: [YAMLKeyPath.Component]) -> Bool {
        codeMappings.contains { Self.matches($0, path) }
    }

    private static func matches(_ pattern: [String?], _ path: [YAMLKeyPath.Component]) -> Bool {
        guard pattern.count == path.count else { return false }
        return zip(pattern, path).allSatisfy { expected, component in
            guard let expected else { return true }
            if case .key(let key) = component { return key == expected }
            return false
        }
    }

    /// Codes in natural order: letters, then the number (`o2` < `o10`, `2` < `10`).
    static func naturallyBefore(_ a: String, _ b: String) -> Bool {
        func split(_ code: String) -> (String, Int?, String) {
            let letters = code.prefix { !$0.isNumber }
            let digits = code.dropFirst(letters.count).prefix { $0.isNumber }
            return (String(letters), Int(digits), code)
        }
        let (x, y) = (split(a), split(b))
        if x.0 != y.0 { return x.0 < y.0 }
        if x.1 != y.1 { return (x.1 ?? -1) < (y.1 ?? -1) }
        return x.2 < y.2
    }

    // MARK: - The orders of docs/CONTENT.md

    private static let evidence = ["title", "url", "file"]

    /// An item entry (year.yaml's `items.<code>`, or an item file's front matter): the scaffold's
    /// order (title, group, then status) with the documented keys after it.
    private static func item(under path: [String?]) -> [Rule] {
        [
            Rule(
                pattern: path,
                keys: [
                    "title", "group", "status", "reason", "updated", "unit", "covers", "elements", "summary", "evidence",
                    "body",
                ]),
            Rule(pattern: path + ["evidence", nil], keys: evidence),
        ]
    }

    private static let agency = [
        Rule(
            pattern: [],
            keys: [
                "name", "name_en", "kind", "district", "province", "website", "base_url", "address", "phone", "fax", "email",
                "social", "logo", "emblem", "digits", "itas_code", "itas_show_iit",
            ]),
        Rule(pattern: ["social", nil], keys: ["name", "url"]),
    ]

    private static let results = [
        Rule(pattern: [], keys: ["indicators", "tools", "questions", "stated"]),
        Rule(pattern: ["tools"], keys: ["IIT", "EIT", "OIT"]),
        Rule(pattern: ["stated"], keys: ["overall", "IIT", "EIT", "OIT", "grade", "label"]),
    ]

    private static let analysis = [
        Rule(pattern: [], keys: ["threshold", "summary", "entries", "constraints"]),
        Rule(
            pattern: ["entries", nil],
            keys: ["indicator", "question", "issue", "analysis", "steps", "period", "unit", "measure"]),
        Rule(pattern: ["constraints"], keys: ["staff", "budget", "technology", "area", "economy"]),
    ]

    private static let measures = [
        Rule(pattern: [], keys: ["measures"]),
        Rule(
            pattern: ["measures", nil],
            keys: ["id", "title", "indicators", "questions", "items", "issue", "steps", "period", "units"]),
    ]

    private static let progress = [
        Rule(pattern: [], keys: ["round", "date", "title", "entries", "memo"]),
        Rule(pattern: ["entries", nil], keys: ["measure", "status", "summary", "outcome", "evidence"]),
        Rule(pattern: ["entries", nil, "evidence", nil], keys: evidence),
        Rule(pattern: ["memo"], keys: ["office", "number", "date", "subject", "to", "body", "signatures"]),
        Rule(pattern: ["memo", "signatures", nil], keys: ["name", "position"]),
    ]
}
