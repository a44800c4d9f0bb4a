/// Checks of codes that point into the framework or at measures.
enum References {
    static func checkIndicator(_ code: Located<String>, _ framework: Framework, _ diagnostics: inout Diagnostics) {
        if let number = Int(code.value), framework.indicator(number) != nil { return }
        if framework.group(code.value) != nil { return }
        let known = framework.indicators.map { String($0.number) } + framework.groups.map(\.code)
        diagnostics.error(.unknownIndicator(code.value, suggestion: Spelling.closest(to: code.value, among: known)),
                          at: code.location)
    }

    /// Questions are checked against the framework's list; `o` codes are the OIT items. A framework
    /// that lists no questions of a tool accepts any code of that tool's form (`i12`).
    static func checkQuestion(_ code: Located<String>, _ framework: Framework, _ diagnostics: inout Diagnostics) {
        let value = code.value
        if value.hasPrefix("o") {
            if framework.item(value) != nil || (framework.partial && isCode(value)) { return }
            diagnostics.error(.unknownQuestion(value, suggestion: Spelling.closest(to: value, among: framework.items.map(\.code))),
                              at: code.location)
            return
        }
        if framework.question(value) != nil { return }
        let prefix = value.first.map(String.init) ?? ""
        let listed = framework.questions.contains { $0.code.hasPrefix(prefix) }
        if !listed, ["i", "e"].contains(prefix), isCode(value) { return }
        diagnostics.error(.unknownQuestion(value, suggestion: Spelling.closest(to: value, among: framework.questions.map(\.code))),
                          at: code.location)
    }

    static func checkMeasure(_ id: Located<String>, in measures: [Measure], _ diagnostics: inout Diagnostics) {
        let ids = measures.map(\.id.value)
        if ids.contains(id.value) { return }
        diagnostics.error(.unknownMeasure(id.value, suggestion: Spelling.closest(to: id.value, among: ids)), at: id.location)
    }

    private static func isCode(_ value: String) -> Bool {
        value.count > 1 && value.dropFirst().allSatisfy(\.isASCII) && Int(value.dropFirst()) != nil
    }
}
