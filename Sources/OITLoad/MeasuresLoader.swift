import Foundation
import OITModel

/// Loads `measures.yaml`: the measures carried out during the year.
package enum MeasuresLoader {
    package static func load(_ url: URL, yearFolder: URL, _ context: LoadContext) -> [Measure]? {
        context.readMapping(url) { map in
            return map.mappings("measures") { measure -> Measure? in
                // Every key is read before giving up on a measure, so a missing one is not followed by
                // false "unknown key" errors for the keys after it.
                let id = measure.text("id", required: true)
                let title = measure.text("title", required: true)
                let read = Measure(
                    id: id ?? Located("", at: measure.location), title: title?.value ?? "",
                    indicators: measure.textList("indicators"), questions: measure.textList("questions"),
                    items: measure.textList("items"), issue: measure.markdown("issue")?.value,
                    steps: measure.textList("steps").map(\.value), period: measure.text("period")?.value,
                    units: measure.textList("units").map(\.value))
                return id == nil || title == nil ? nil : read
            }
        }
    }
}
