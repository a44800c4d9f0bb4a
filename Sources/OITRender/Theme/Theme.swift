import Foundation
import OITCheck
import OITLoad
import OITModel

/// The templates and assets pages are rendered with: the theme folder, with any file of the same
/// name in the content's `templates/` folder taking its place (`Theme+Loading.swift`).
///
/// Every page renders through one engine: `TemplateParser`'s trees rendered by `TemplateRenderer`
/// from `TemplateEncoder`'s values. There is no fallback renderer: a template the parser does not
/// accept is an error, located at its tag, when the theme loads.
public struct Theme: Sendable {
    /// The parsed templates, by name.
    package var library: TemplateLibrary
    /// Template name → the file it came from, for messages and the template check.
    public var sources: [String: URL]
    /// Asset path relative to `assets/` → file to copy.
    public var assets: [String: URL]
    /// The text of every template, for the audit.
    public var texts: [String: String]
    /// Told of every render (template, value, bytes written): only the test that renders the
    /// theme through swift-mustache too sets it.
    package var observer: (@Sendable (String, TemplateValue, [UInt8]) -> Void)?

    package init(library: TemplateLibrary, sources: [String: URL], assets: [String: URL], texts: [String: String]) {
        self.library = library
        self.sources = sources
        self.assets = assets
        self.texts = texts
    }

    /// Renders `template` with `model`; nil, with a diagnostic, when the template does not exist.
    /// - Parameter audit: when given, the render is checked for names the model does not provide.
    package func render<Model: Encodable>(
        _ template: String, _ model: Model, audit: TemplateAudit? = nil, into diagnostics: inout Diagnostics
    )
        -> String?
    {
        renderUTF8(template, model, audit: audit, into: &diagnostics).map { String(decoding: $0, as: UTF8.self) }
    }

    /// `render`, as UTF-8 bytes ready to write.
    package func renderUTF8<Model: Encodable>(
        _ template: String, _ model: Model, audit: TemplateAudit? = nil, into diagnostics: inout Diagnostics
    )
        -> [UInt8]?
    {
        audit?.audit(template, model)
        return render(template, TemplateEncoder.encode(model), into: &diagnostics)
    }

    /// Renders with a value already encoded (parts of it shared between pages).
    package func render(_ template: String, _ value: TemplateValue, into diagnostics: inout Diagnostics) -> [UInt8]? {
        guard let bytes = library.render(template, value) else {
            diagnostics.error(.missingTemplate(template), at: nil)
            return nil
        }
        observer?(template, value, bytes)
        return bytes
    }
}
