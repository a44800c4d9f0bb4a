import Foundation
import Mustache

@testable import OITCheck
@testable import OITLoad
@testable import OITRender
@testable import OITSite

/// swift-mustache, a test-only dependency: the reference oit's own template engine is held to, so
/// that pages keep the bytes the theme was written for.
///
/// Escaping: swift-mustache escapes `{{name}}` walking grapheme clusters, which leaves a sign
/// joined by a mark unescaped (issue 18); oit escapes on UTF-8 bytes. Rather than compare text
/// with the special characters taken out, the oracle makes swift-mustache escape as oit does: a
/// content-type pragma on a line of its own before each template switches it to `HTML.escape`. A
/// line holding only a pragma renders nothing and leaves the lines after it parsed as they were
/// (`TemplateOracleTests.pragmaLineChangesNothingElse` checks it), so pages compare byte for byte,
/// escaping included.
struct SwiftMustacheOracle {
    static let contentTypeName = "OIT_BYTES_HTML"

    private static let registered: Void = {
        MustacheContentTypes.register(ByteEscapedHTML(), named: contentTypeName)
        // A template's own `{{% CONTENT_TYPE: HTML }}` is the escaping oit does anyway.
        MustacheContentTypes.register(ByteEscapedHTML(), named: "HTML")
    }()

    let library: MustacheLibrary

    init(texts: [String: String]) throws {
        var library = MustacheLibrary()
        for (name, text) in texts { library.register(try Self.parse(text), named: name) }
        self.library = library
    }

    static func parse(_ text: String) throws -> MustacheTemplate {
        _ = registered
        return try MustacheTemplate(string: "{{% CONTENT_TYPE: \(contentTypeName) }}\n" + text)
    }

    func render(_ name: String, _ value: TemplateValue) -> [UInt8]? {
        library.render(value.mustacheBox, withTemplate: name).map { Array($0.utf8) }
    }
}

/// HTML escaping for swift-mustache's `{{name}}`, on UTF-8 bytes as oit escapes.
struct ByteEscapedHTML: MustacheContentType {
    func escapeText(_ text: String) -> String { HTML.escape(text) }
}

extension TemplateValue {
    /// The value as swift-mustache reads a model: strings, numbers, arrays and dictionaries.
    var mustacheBox: Any {
        switch self {
        case .text(let text): return text
        case .utf8(let bytes): return String(decoding: bytes, as: UTF8.self)
        case .bool(let flag): return flag
        case .int(let number): return number
        case .double(let number): return number
        case .list(let values): return values.map(\.mustacheBox)
        case .object(let fields): return fields.dictionary.mapValues(\.mustacheBox)
        case .null: return Optional<Any>.none as Any
        case .other(let text): return text
        }
    }
}

/// Every render a theme makes, in the order made (renders run on several threads).
final class RecordedRenders: @unchecked Sendable {
    struct Render {
        var template: String
        var value: TemplateValue
        var bytes: [UInt8]
    }

    private let lock = NSLock()
    private var renders: [Render] = []

    func append(_ template: String, _ value: TemplateValue, _ bytes: [UInt8]) {
        lock.withLock { renders.append(Render(template: template, value: value, bytes: bytes)) }
    }

    var all: [Render] { lock.withLock { renders } }
}
