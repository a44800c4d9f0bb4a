import OITModel

/// Checks a framework's internal references, so a webmaster's edit to one fails with a location.
package enum FrameworkValidator {
    package static func validate(_ framework: Framework, _ context: LoadContext) {
        for indicator in framework.indicators where framework.tool(indicator.tool) == nil {
            context.diagnostics.error(
                .invalidChoice(indicator.tool, allowed: framework.tools.map(\.code)),
                at: indicator.location ?? framework.source)
        }
        for group in framework.groups where framework.indicator(group.indicator) == nil {
            context.diagnostics.error(
                .unknownIndicator(String(group.indicator), suggestion: nil),
                at: group.location ?? framework.source)
        }
        for item in framework.items where framework.group(item.group) == nil {
            context.diagnostics.error(.unknownGroup(item.group), at: item.location)
        }
    }
}
