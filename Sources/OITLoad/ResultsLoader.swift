import Foundation
import OITModel

/// Loads `results.yaml`: the scores of the round named by the year folder.
package enum ResultsLoader {
    package static func load(_ url: URL, _ context: LoadContext) -> Results? {
        context.readMapping(url) { map in
            var indicators: [Int: Located<Double>] = [:]
            var unread: Set<Int> = []
            map.mapping("indicators") { scores -> Void? in
                for (key, value) in scores.entries {
                    guard let number = Int(key.value) else {
                        context.diagnostics.error(.unknownIndicator(key.value, suggestion: nil), at: key.location)
                        continue
                    }
                    if let score = score(value, key: key.value, context) {
                        indicators[number] = score
                    } else {
                        unread.insert(number)
                    }
                }
                return nil
            }
            var questions: [String: Located<Double>] = [:]
            map.mapping("questions") { scores -> Void? in
                for (key, value) in scores.entries {
                    if let score = score(value, key: key.value, context) { questions[key.value] = score }
                }
                return nil
            }
            var tools: [String: Located<Double>] = [:]
            map.mapping("tools") { scores -> Void? in
                for (key, value) in scores.entries {
                    if let score = score(value, key: key.value, context) {
                        tools[key.value] = Located(score.value, at: key.location)
                    }
                }
                return nil
            }
            var stated = StatedFigures(overall: nil, tools: [:], grade: nil, label: nil)
            map.mapping("stated") { figures -> Void? in
                stated.overall = figures.number("overall", in: 0...100)
                stated.grade = figures.text("grade")
                stated.label = figures.text("label")
                // Tool codes (IIT, EIT, OIT) come from the framework; the checker reports unknown ones.
                for (key, value) in figures.entries where !["overall", "grade", "label"].contains(key.value) {
                    if let number = Scalars.number(value, key: key.value, in: 0...100, context) {
                        stated.tools[key.value] = Located(number.value, at: key.location)
                    }
                }
                return nil
            }
            return Results(
                indicators: indicators, questions: questions, tools: tools, stated: stated, source: map.location,
                unreadIndicators: unread)
        }
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
