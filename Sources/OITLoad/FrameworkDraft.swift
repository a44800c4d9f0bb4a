import OITModel

/// A framework file as written, every key optional, so that a file in the content folder can
/// extend a built-in round by naming only what it adds or corrects. A draft becomes a `Framework`
/// once merged (or alone) and checked for the keys a complete entry needs.
package struct FrameworkDraft {
    package var round: Located<Int>?
    package var replace: Bool
    package var partial: Bool?
    package var note: String?
    package var noteWritten: Bool
    package var analysisThreshold: Located<Double>?
    package var tools: [ToolDraft]
    package var indicators: [IndicatorDraft]
    package var groups: [GroupDraft]
    package var bands: [BandDraft]
    package var labels: [LabelDraft]
    package var questions: [QuestionDraft]
    package var items: [ItemDraft]
    package var location: SourceLocation
    package var oitScoring: OITScoring.IndicatorRule? = nil

    /// Code pattern of an OIT item: lowercase letters then digits. Codes become URL path
    /// segments, so nothing else (no `/`, no `..`) may pass.
    package static func isValidItemCode(_ code: String) -> Bool {
        let letters = code.prefix { $0.isASCII && $0.isLowercase }
        let digits = code.dropFirst(letters.count)
        return (1...3).contains(letters.count) && (1...3).contains(digits.count)
            && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    package static func isValidPrefix(_ prefix: String) -> Bool {
        (1...3).contains(prefix.count) && prefix.allSatisfy { $0.isASCII && $0.isLowercase }
    }

    /// Reads one file; reports wrong types, unknown keys, bad codes and duplicates within the file.
    package static func read(_ map: MappingReader, _ context: LoadContext) -> FrameworkDraft {
        let round = map.wholeNumber("round", required: true)
        let replace = map.bool("replace") ?? false
        let partial = map.bool("partial")
        let noteWritten = map.has("note")
        let note = map.text("note")?.value
        let threshold = map.number("analysis_threshold")
        if let threshold, !(0...100).contains(threshold.value) {
            context.diagnostics.error(.scoreOutOfRange(threshold.value), at: threshold.location)
        }
        let tools = map.mappings("tools") { tool -> ToolDraft? in
            guard let code = tool.text("code", required: true) else { return nil }
            let prefix = tool.text("question_prefix")
            if let prefix, !isValidPrefix(prefix.value) {
                context.diagnostics.error(.invalidQuestionPrefix(prefix.value), at: prefix.location)
            }
            return ToolDraft(
                key: code, name: tool.text("name")?.value, weight: tool.number("weight")?.value,
                questionPrefix: prefix.flatMap { isValidPrefix($0.value) ? $0.value : nil }, location: tool.location)
        }
        let indicators = map.mappings("indicators") { ind -> IndicatorDraft? in
            guard let number = ind.wholeNumber("number", required: true) else { return nil }
            return IndicatorDraft(number: number, name: ind.text("name")?.value, tool: ind.text("tool"), location: ind.location)
        }
        let groups = map.mappings("groups") { group -> GroupDraft? in
            guard let code = group.text("code", required: true) else { return nil }
            return GroupDraft(
                key: code, name: group.text("name")?.value, indicator: group.wholeNumber("indicator"),
                location: group.location)
        }
        let bands = map.mappings("bands") { band -> BandDraft? in
            guard let grade = band.text("grade", required: true) else { return nil }
            return BandDraft(key: grade, min: band.number("min")?.value, location: band.location)
        }
        let labels = map.mappings("labels") { label -> LabelDraft? in
            guard let text = label.text("label", required: true) else { return nil }
            return LabelDraft(
                key: text, min: label.number("min")?.value,
                everyToolMin: label.number("every_tool_min")?.value, location: label.location)
        }
        let questions = map.mappings("questions") { question -> QuestionDraft? in
            guard let code = question.text("code", required: true) else { return nil }
            return QuestionDraft(
                key: code, indicator: question.wholeNumber("indicator")?.value,
                text: question.text("text")?.value, location: question.location)
        }
        let items = map.mappings("items") { item -> ItemDraft? in
            guard let code = item.text("code", required: true) else { return nil }
            var draft = ItemDraft(key: code, location: item.location)
            draft.title = item.text("title")?.value
            draft.group = item.text("group")
            draft.period = item.choice("period", as: PeriodRule.self)?.value
            draft.elements = item.has("elements") ? item.textList("elements").map(\.value) : nil
            draft.holds = item.choice("holds", as: FrameworkItem.Holds.self)?.value
            draft.role = item.choice("role", as: FrameworkItem.Role.self)?.value
            draft.roleElement = item.wholeNumber("role_element")
            draft.source = item.text("source")?.value
            draft.confidence = item.choice("confidence", as: Confidence.self)?.value
            guard isValidItemCode(code.value) else {
                context.diagnostics.error(.invalidItemCode(code.value), at: code.location)
                return nil
            }
            return draft
        }
        for keys in [
            tools.map(\.key), indicators.map(\.key), groups.map(\.key), bands.map(\.key), labels.map(\.key),
            questions.map(\.key), items.map(\.key),
        ] {
            reportDuplicates(keys, context)
        }
        return FrameworkDraft(
            round: round, replace: replace, partial: partial, note: note, noteWritten: noteWritten,
            analysisThreshold: threshold.flatMap { (0...100).contains($0.value) ? $0 : nil },
            tools: tools, indicators: indicators, groups: groups, bands: bands, labels: labels,
            questions: questions, items: items, location: map.location, oitScoring: oitScoringRule(map))
    }

    /// `oit_scoring: {indicator: mean-of-groups}`: how the round makes an OIT indicator's score.
    private static func oitScoringRule(_ map: MappingReader) -> OITScoring.IndicatorRule? {
        map.mapping("oit_scoring") { scoring in scoring.choice("indicator", as: OITScoring.IndicatorRule.self)?.value }
    }

    private static func reportDuplicates(_ keys: [Located<String>], _ context: LoadContext) {
        var seen: [String: SourceLocation] = [:]
        for key in keys {
            if let other = seen[key.value] {
                context.diagnostics.error(.duplicateCode(key.value, other: other), at: key.location)
            } else {
                seen[key.value] = key.location
            }
        }
    }

    /// This draft (a built-in round) corrected and completed by `extension`: keys the extension
    /// writes win, entries with a known code are corrected field by field, new ones follow the
    /// built-in ones in the extension's order.
    package func extended(by other: FrameworkDraft) -> FrameworkDraft {
        var merged = self
        merged.partial = other.partial ?? partial
        if other.noteWritten {
            merged.note = other.note
            merged.noteWritten = true
        }
        merged.analysisThreshold = other.analysisThreshold ?? analysisThreshold
        merged.oitScoring = other.oitScoring ?? oitScoring
        merged.tools = Self.merge(tools, other.tools)
        merged.indicators = Self.merge(indicators, other.indicators)
        merged.groups = Self.merge(groups, other.groups)
        merged.bands = Self.merge(bands, other.bands)
        merged.labels = Self.merge(labels, other.labels)
        merged.questions = Self.merge(questions, other.questions)
        merged.items = Self.merge(items, other.items)
        return merged
    }

    private static func merge<Entry: DraftEntry>(_ base: [Entry], _ additions: [Entry]) -> [Entry] {
        var result = base
        for entry in additions {
            if let index = result.firstIndex(where: { $0.key.value == entry.key.value }) {
                result[index].correct(with: entry)
            } else {
                result.append(entry)
            }
        }
        return result
    }

    /// The framework, with a located "missing key" for each entry that lacks what it needs.
    package func build(_ context: LoadContext) -> Framework? {
        guard let round else { return nil }
        func need<T>(_ value: T?, _ key: String, _ location: SourceLocation) -> T? {
            if value == nil { context.diagnostics.error(.missingKey(key), at: location) }
            return value
        }
        let tools = tools.compactMap { tool -> Tool? in
            guard let name = need(tool.name, "name", tool.location), let weight = need(tool.weight, "weight", tool.location)
            else { return nil }
            return Tool(code: tool.key.value, name: name, weight: weight, questionPrefix: tool.questionPrefix)
        }
        let indicators = indicators.compactMap { ind -> Indicator? in
            guard let name = need(ind.name, "name", ind.location), let tool = need(ind.tool, "tool", ind.location)
            else { return nil }
            return Indicator(number: ind.number.value, name: name, tool: tool.value, location: tool.location)
        }
        let groups = groups.compactMap { group -> IndicatorGroup? in
            guard let name = need(group.name, "name", group.location),
                let indicator = need(group.indicator, "indicator", group.location)
            else { return nil }
            return IndicatorGroup(code: group.key.value, name: name, indicator: indicator.value, location: indicator.location)
        }
        let bands = bands.compactMap { band -> Band? in
            guard let min = need(band.min, "min", band.location) else { return nil }
            return Band(grade: band.key.value, min: min)
        }
        let labels = labels.compactMap { label -> PassLabel? in
            guard let min = need(label.min, "min", label.location) else { return nil }
            return PassLabel(label: label.key.value, min: min, everyToolMin: label.everyToolMin)
        }
        let questions = questions.compactMap { question -> Question? in
            guard let indicator = need(question.indicator, "indicator", question.location) else { return nil }
            return Question(code: question.key.value, indicator: indicator, text: question.text ?? "")
        }
        let items = items.compactMap { item -> FrameworkItem? in
            guard let title = need(item.title, "title", item.location), let group = need(item.group, "group", item.location)
            else { return nil }
            return FrameworkItem(
                code: item.key.value, title: title, group: group.value, period: item.period ?? .current,
                periodStated: item.period != nil, elements: item.elements ?? [], holds: item.holds,
                role: item.role, roleElement: roleElement(of: item, context), source: item.source,
                confidence: item.confidence, location: item.key.location)
        }
        return Framework(
            round: round.value, partial: partial ?? false, note: note, tools: tools, indicators: indicators,
            groups: groups, bands: bands.sorted { $0.min > $1.min }, labels: labels, questions: questions,
            items: items, analysisThreshold: analysisThreshold?.value ?? Framework.defaultAnalysisThreshold,
            source: location, oitScoring: OITScoring(indicator: oitScoring ?? OITScoring.standard.indicator))
    }

    /// The element a role fulfils, when it is one of the item's elements and the item has a role;
    /// reported at `role_element:` otherwise, so that no element is confirmed by a wrong number.
    private func roleElement(of item: ItemDraft, _ context: LoadContext) -> Int? {
        guard let number = item.roleElement else { return nil }
        let count = item.elements?.count ?? 0
        guard item.role != nil else {
            context.diagnostics.error(.missingKey("role"), at: number.location)
            return nil
        }
        guard (1...max(1, count)).contains(number.value), count > 0 else {
            context.diagnostics.error(.elementOutOfRange(number.value, count: count), at: number.location)
            return nil
        }
        return number.value
    }
}
