import Foundation

/// Loads `measures.yaml`: the measures carried out during the year.
enum MeasuresLoader {
    static func load(_ url: URL, yearFolder: URL, _ context: LoadContext) -> [Measure]? {
        context.readMapping(url) { map in
            return map.mappings("measures") { measure -> Measure? in
                guard let id = measure.text("id", required: true), let title = measure.text("title", required: true) else {
                    return nil
                }
                return Measure(id: id, title: title.value, indicators: measure.textList("indicators"),
                               questions: measure.textList("questions"), items: measure.textList("items"),
                               issue: measure.markdown("issue")?.value, steps: measure.textList("steps").map(\.value),
                               period: measure.text("period")?.value, units: measure.textList("units").map(\.value))
            }
        }
    }
}
