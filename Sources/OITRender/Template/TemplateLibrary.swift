import OITLoad

/// A theme's parsed templates, by name, ready to render.
package struct TemplateLibrary: Sendable {
    package let templates: [String: Template]

    /// Renders template `name` with `value` into UTF-8 bytes; nil when there is no such template.
    package func render(_ name: String, _ value: TemplateValue, capacity: Int = 16_384) -> [UInt8]? {
        guard let template = templates[name] else { return nil }
        var renderer = TemplateRenderer(library: self, root: value, capacity: capacity)
        renderer.render(template, sequence: nil, indentation: nil)
        return renderer.out
    }
}
