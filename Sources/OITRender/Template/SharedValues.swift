import OITLoad

/// Template values of the models every page of an agency shares, encoded once per agency
/// instead of once per page. Each is equal to encoding the whole model (a test checks it).
extension PageContext {
    package static func templateValue(root: String, agency: TemplateValue, page: Model) -> TemplateValue {
        .object(["root": .text(root), "agency": agency, "page": TemplateEncoder.encode(page)])
    }
}

extension LayoutView {
    /// - Parameters:
    ///   - agency: `agency` encoded.
    ///   - years: `years` encoded.
    ///   - content: the page's rendered bytes, in place of `content`: passed on as they are.
    package func templateValue(agency: TemplateValue, years: TemplateValue, content: [UInt8]) -> TemplateValue {
        var fields: TemplateFields = [
            "lang": .text(lang), "title": .text(title), "description": .text(description), "root": .text(root),
            "agency": agency, "years": years,
            "crumbs": .list(crumbs.map(\.templateValue)), "hasCrumbs": .bool(hasCrumbs), "content": .utf8(content),
        ]
        // A nil optional is left out, as the encoder leaves it out of the whole model.
        if let canonical { fields.append("canonical", .text(canonical)) }
        return .object(fields)
    }
}

extension Crumb {
    package var templateValue: TemplateValue {
        guard let href else { return .object(["title": .text(title)]) }
        return .object(["title": .text(title), "href": .text(href)])
    }
}
