import Foundation

/// Loads `results.yaml`: the scores of the round named by the year folder.
enum ResultsLoader {
    static func load(_ url: URL, _ context: LoadContext) -> Results? {
        guard let node = context.loadYAML(url), let map = MappingReader(node, context) else { return nil }
        defer { map.finish() }
        var indicators: [Int: Located<Double>] = [:]
        if let scores = map.mapping("indicators") {
            for (key, value) in scores.entries {
                guard let number = Int(key.value) else {
                    context.diagnostics.error(.unknownIndicator(key.value, suggestion: nil), at: key.location)
                    continue
                }
                if let score = score(value, key: key.value, context) { indicators[number] = score }
            }
        }
        var questions: [String: Located<Double>] = [:]
        if let scores = map.mapping("questions") {
            for (key, value) in scores.entries {
                if let score = score(value, key: key.value, context) { questions[key.value] = score }
            }
        }
        var tools: [String: Located<Double>] = [:]
        if let scores = map.mapping("tools") {
            for (key, value) in scores.entries {
                if let score = score(value, key: key.value, context) { tools[key.value] = Located(score.value, at: key.location) }
            }
        }
        var stated = StatedFigures(overall: nil, tools: [:], grade: nil, label: nil)
        if let figures = map.mapping("stated") {
            stated.overall = figures.number("overall", in: 0...100)
            stated.grade = figures.text("grade")
            stated.label = figures.text("label")
            // Tool codes (IIT, EIT, OIT) come from the framework; the checker reports unknown ones.
            for (key, value) in figures.entries where !["overall", "grade", "label"].contains(key.value) {
                if let number = Scalars.number(value, key: key.value, in: 0...100, context) {
                    stated.tools[key.value] = Located(number.value, at: key.location)
                }
            }
        }
        return Results(indicators: indicators, questions: questions, tools: tools, stated: stated, source: map.location)
    }

    private static func score(_ node: YAMLNode, key: String, _ context: LoadContext) -> Located<Double>? {
        guard let number = Scalars.number(node, key: key, context) else { return nil }
        guard (0...100).contains(number.value) else {
            context.diagnostics.error(.scoreOutOfRange(number.value), at: number.location)
            return nil
        }
        return number
    }
}
