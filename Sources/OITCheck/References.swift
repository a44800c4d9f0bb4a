import OITLoad
import OITModel

/// Checks of codes that point into the framework or at measures.
package enum References {
    package static func checkIndicator(_ code: Located<String>, _ framework: Framework, _ diagnostics: inout Diagnostics) {
        if let number = Int(code.value), framework.indicator(number) != nil { return }
        if framework.group(code.value) != nil { return }
        let known = framework.indicators.map { String($0.number) } + framework.groups.map(\.code)
        diagnostics.error(
            .unknownIndicator(code.value, suggestion: Spelling.closest(to: code.value, among: known)),
            at: code.location)
    }

    /// Questions are checked against the framework's list. The tool a code belongs to is found by
    /// its prefix (`question_prefix` of the round's tools: i, e, o in 2566); the OIT tool's
    /// "questions" are its items. A tool whose questions the framework does not list accepts any
    /// code of its form (`i12`), and so does a partial framework for its items.
    package static func checkQuestion(_ code: Located<String>, _ framework: Framework, _ diagnostics: inout Diagnostics) {
        let value = code.value
        if framework.question(value) != nil || framework.item(value) != nil { return }
        var candidates = framework.questions.map(\.code)
        if let tool = framework.tool(forQuestion: value), let prefix = tool.questionPrefix, isCode(value, prefix: prefix) {
            let itemTool = framework.items.contains { $0.code.hasPrefix(prefix) }
            let listed = framework.questions.contains { $0.code.hasPrefix(prefix) }
            if itemTool ? framework.partial : !listed { return }
            if itemTool { candidates = framework.items.map(\.code) }
        }
        diagnostics.error(.unknownQuestion(value, suggestion: Spelling.closest(to: value, among: candidates)), at: code.location)
    }

    /// Reports an id that is none of `measures` (those of `year`); returns the measure it was
    /// probably meant to be.
    @discardableResult
    package static func checkMeasure(
        _ id: Located<String>, in measures: [Measure], of year: Int, _ diagnostics: inout Diagnostics
    ) -> String? {
        let ids = measures.map(\.id.value)
        if ids.contains(id.value) { return nil }
        let suggestion = Spelling.closest(to: id.value, among: ids)
        diagnostics.error(.unknownMeasure(id.value, suggestion: suggestion, year: year), at: id.location)
        return suggestion
    }

    private static func isCode(_ value: String, prefix: String) -> Bool {
        let number = value.dropFirst(prefix.count)
        return value.hasPrefix(prefix) && !number.isEmpty && number.allSatisfy(\.isASCII) && Int(number) != nil
    }
}
