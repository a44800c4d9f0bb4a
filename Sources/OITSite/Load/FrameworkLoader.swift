import Foundation

/// Loads framework files: the rounds shipped with the tool, then those in the content folder,
/// which add rounds or replace a shipped one.
enum FrameworkLoader {
    /// The frameworks shipped inside the tool.
    static var builtInFolder: URL? { BuiltInFiles.frameworksFolder }

    static func loadAll(contentFolder: URL?, _ context: LoadContext) -> [Int: Framework] {
        var frameworks: [Int: Framework] = [:]
        if let builtIn = builtInFolder {
            let shipped = LoadContext(root: builtIn.deletingLastPathComponent())
            for framework in loadFolder(builtIn, shipped) { frameworks[framework.round] = framework }
            context.diagnostics.append(contentsOf: shipped.diagnostics)
        }
        if let folder = contentFolder {
            var seen: [Int: SourceLocation] = [:]
            for framework in loadFolder(folder, context) {
                if let other = seen[framework.round] {
                    context.diagnostics.error(.duplicateFramework(round: framework.round, other: other), at: framework.source)
                }
                seen[framework.round] = framework.source
                frameworks[framework.round] = framework
            }
        }
        return frameworks
    }

    static func loadFolder(_ folder: URL, _ context: LoadContext) -> [Framework] {
        ContentFolder.files(in: folder, withExtension: "yaml").compactMap { load($0, context) }
    }

    static func load(_ url: URL, _ context: LoadContext) -> Framework? {
        guard let node = context.loadYAML(url), let map = MappingReader(node, context) else { return nil }
        defer { map.finish() }
        let round = map.wholeNumber("round", required: true)
        let partial = map.bool("partial") ?? false
        let note = map.text("note")?.value
        let tools = map.mappings("tools") { tool -> Tool? in
            guard let code = tool.text("code", required: true), let name = tool.text("name", required: true),
                let weight = tool.number("weight", required: true)
            else { return nil }
            return Tool(code: code.value, name: name.value, weight: weight.value)
        }
        let indicators = map.mappings("indicators") { ind -> Indicator? in
            guard let number = ind.wholeNumber("number", required: true), let name = ind.text("name", required: true),
                let tool = ind.text("tool", required: true)
            else { return nil }
            return Indicator(number: number.value, name: name.value, tool: tool.value)
        }
        let groups = map.mappings("groups") { group -> IndicatorGroup? in
            guard let code = group.text("code", required: true), let name = group.text("name", required: true),
                let indicator = group.wholeNumber("indicator", required: true)
            else { return nil }
            return IndicatorGroup(code: code.value, name: name.value, indicator: indicator.value)
        }
        let bands = map.mappings("bands") { band -> Band? in
            guard let grade = band.text("grade", required: true), let min = band.number("min", required: true)
            else { return nil }
            return Band(grade: grade.value, min: min.value)
        }
        let labels = map.mappings("labels") { label -> PassLabel? in
            guard let text = label.text("label", required: true), let min = label.number("min", required: true)
            else { return nil }
            return PassLabel(label: text.value, min: min.value, everyToolMin: label.number("every_tool_min")?.value)
        }
        let questions = map.mappings("questions") { question -> Question? in
            guard let code = question.text("code", required: true),
                let indicator = question.wholeNumber("indicator", required: true)
            else { return nil }
            return Question(code: code.value, indicator: indicator.value, text: question.text("text")?.value ?? "")
        }
        let items = map.mappings("items") { item -> FrameworkItem? in
            guard let code = item.text("code", required: true), let title = item.text("title", required: true),
                let group = item.text("group", required: true)
            else { return nil }
            let period = item.choice("period", as: PeriodRule.self)?.value ?? .current
            let elements = item.textList("elements").map(\.value)
            return FrameworkItem(code: code.value, title: title.value, group: group.value, period: period,
                                 elements: elements, holds: item.choice("holds", as: FrameworkItem.Holds.self)?.value,
                                 location: code.location)
        }
        guard let round else { return nil }
        let framework = Framework(round: round.value, partial: partial, note: note, tools: tools, indicators: indicators,
                                  groups: groups, bands: bands.sorted { $0.min > $1.min },
                                  labels: labels, questions: questions, items: items, source: map.location)
        FrameworkValidator.validate(framework, context)
        return framework
    }
}

/// Checks a framework's internal references, so a webmaster's edit to one fails with a location.
enum FrameworkValidator {
    static func validate(_ framework: Framework, _ context: LoadContext) {
        let at = framework.source
        for indicator in framework.indicators where framework.tool(indicator.tool) == nil {
            context.diagnostics.error(.invalidChoice(indicator.tool, allowed: framework.tools.map(\.code)), at: at)
        }
        for group in framework.groups where framework.indicator(group.indicator) == nil {
            context.diagnostics.error(.unknownIndicator(String(group.indicator), suggestion: nil), at: at)
        }
        var seen: [String: SourceLocation] = [:]
        for item in framework.items {
            if let other = seen[item.code] {
                context.diagnostics.error(.duplicateCode(item.code, other: other), at: item.location)
            }
            seen[item.code] = item.location
            if framework.group(item.group) == nil {
                context.diagnostics.error(.unknownGroup(item.group), at: item.location)
            }
        }
    }
}
