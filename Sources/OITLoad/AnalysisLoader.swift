import Foundation
import OITModel

/// Loads `analysis.yaml`: the agency's reading of the results in the same folder.
package enum AnalysisLoader {
    package static func load(_ url: URL, _ context: LoadContext) -> Analysis? {
        context.readMapping(url) { map in
            let entries = map.mappings("entries") { entry -> AnalysisEntry? in
                let subject: Located<AnalysisEntry.Subject>
                if let indicator = entry.text("indicator") {
                    subject = Located(.indicator(indicator.value), at: indicator.location)
                } else if let question = entry.text("question") {
                    subject = Located(.question(question.value), at: question.location)
                } else {
                    subject = Located(.general, at: entry.location)
                }
                return AnalysisEntry(
                    subject: subject, issue: entry.text("issue")?.value, analysis: entry.markdown("analysis")?.value,
                    measure: entry.text("measure"), steps: entry.textList("steps").map(\.value),
                    period: entry.text("period")?.value, unit: entry.text("unit")?.value)
            }
            let constraints =
                map.mapping("constraints") { section in
                    Constraint.Topic.allCases.compactMap { topic in
                        section.markdown(topic.rawValue).map { Constraint(topic: topic, text: $0.value) }
                    }
                } ?? []
            return Analysis(
                threshold: map.number("threshold", in: 0...100)?.value, summary: map.markdown("summary")?.value,
                entries: entries, constraints: constraints, source: map.location)
        }
    }
}
