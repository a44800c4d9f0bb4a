import Foundation
import OITModel

/// Reads the keys of one item entry, wherever it is written.
package enum ItemEntryReader {
    package static func read(
        code: Located<String>, map: MappingReader, body: String?, yearFolder: URL,
        _ context: LoadContext
    ) -> ItemEntry? {
        let status = map.choice("status", required: true, as: ItemStatus.self)
        let reason = map.text("reason")
        if let status, status.value == .notApplicable, reason == nil {
            context.diagnostics.error(.reasonRequired(code.value), at: status.location)
        }
        var covers: Located<Coverage>?
        if let text = map.text("covers") {
            if let coverage = Coverage(parsing: text.value) {
                covers = Located(coverage, at: text.location)
            } else {
                context.diagnostics.error(.invalidCoverage(text.value), at: text.location)
                map.reject("covers")
            }
        }
        let (confirmed, texts) = readElements(map, context)
        let definition = ItemDefinition(title: map.text("title"), group: map.text("group"), elements: texts)
        let entry = ItemEntry(
            code: code, status: status?.value ?? .notStarted, updated: map.date("updated"), unit: map.text("unit")?.value,
            covers: covers, elements: confirmed, summary: map.text("summary")?.value,
            evidence: EvidenceReader.read(map, yearFolder: yearFolder, context), body: body, reason: reason?.value,
            definition: definition, rejected: Set(["updated", "covers"].filter(map.isRejected)))
        return status == nil ? nil : entry
    }

    /// `elements:` is `all`, the numbers of the framework's elements the agency shows, or the
    /// elements themselves as a list of texts (for an item the framework does not describe), all
    /// shown. One text alone, or a word for "all" inside a list, is an error: it would otherwise
    /// be published as the item's element.
    private static func readElements(_ map: MappingReader, _ context: LoadContext) -> (ElementConfirmation, [String]?) {
        guard let node = map.node("elements") else { return (.some([]), nil) }
        if let text = node.scalar {
            if meansAll(text) { return (.all, nil) }
            if Int(text.trimmingSpaces()) == nil {
                context.diagnostics.error(.invalidElements(text.trimmingSpacesAndNewlines()), at: node.location)
                return (.some([]), nil)
            }
        }
        let items = map.list("elements")
        let texts = items.compactMap { $0.scalar?.trimmingSpacesAndNewlines() }
        if let word = items.first(where: { $0.scalar.map(meansAll) ?? false }) {
            context.diagnostics.error(.invalidElements(word.scalar?.trimmingSpacesAndNewlines() ?? ""), at: word.location)
            return (.some([]), nil)
        }
        if !items.isEmpty, texts.count == items.count, texts.allSatisfy({ Int($0) == nil && !$0.isEmpty }) {
            return (.all, texts)
        }
        let numbers = items.compactMap { item -> Located<Int>? in
            guard let text = item.scalar, let number = Int(text) else {
                context.diagnostics.error(.wrongType(key: "elements", expected: .wholeNumber), at: item.location)
                return nil
            }
            return Located(number, at: item.location)
        }
        return (.some(numbers), nil)
    }

    /// Words a clerk writes for "all of them" (`all`, ครบ, ครบทุกข้อ, ทั้งหมด…), spaces and case aside.
    package static let wordsForAll: Set<String> = [
        "all", "ครบ", "ครบถ้วน", "ครบทุกข้อ", "ครบทั้งหมด", "ครบทุกองค์ประกอบ", "ทุกข้อ", "ทั้งหมด", "ทุกองค์ประกอบ",
    ]

    package static func meansAll(_ text: String) -> Bool {
        wordsForAll.contains(String(text.lowercased().filter { !$0.isWhitespace }))
    }
}
