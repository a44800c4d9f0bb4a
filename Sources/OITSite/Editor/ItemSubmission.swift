import OITCheck
import OITLoad
import OITModel
import OITRender

/// What a posted item form asks for: the new values, checked before anything is written. A value
/// that cannot be saved (a non-date in a date field, a period that does not parse, a web address
/// without `http`) is refused with its field named, so the form shows it there.
public struct ItemSubmission: Sendable {
    public var values: ItemValues
    /// Messages by field id (`updated`, `evidence-2`), in the clerk's language.
    public var refusals: [String: String]

    /// - Parameters:
    ///   - fields: the posted fields, each name with its values in order.
    ///   - old: the values the form was made from (for fields a form leaves out).
    ///   - hasUpload: whether a file was posted, which the new evidence's title names.
    public init(fields: [String: [String]], old: ItemValues, language: Language, hasUpload: Bool = false) {
        var values = old
        var refusals: [String: String] = [:]
        func one(_ name: String) -> String? { fields[name]?.last }
        let th = language == .thai
        if let status = one("status") {
            if ItemStatus(rawValue: status) != nil {
                values.status = status
            } else {
                refusals["status"] = th ? "เลือกสถานะจากรายการ" : "choose a status from the list"
            }
        }
        if let typed = one("updated") {
            do {
                values.updated = try BuddhistDateInput.parse(typed).map(BuddhistDateInput.format) ?? ""
            } catch {
                values.updated = typed
                refusals["updated"] = error.text(in: language)
            }
        }
        if let covers = one("covers")?.trimmingSpacesAndNewlines() {
            values.covers = covers
            if !covers.isEmpty, Coverage(parsing: covers) == nil {
                refusals["covers"] =
                    th
                    ? "ช่วงเวลาเขียนเป็นปีงบประมาณ พ.ศ. เช่น 2566 หรือ 2566-2570"
                    : "write the period as fiscal years, e.g. 2566 or 2566-2570"
            }
        }
        if let title = one("def-title") { values.definitionTitle = title.trimmingSpacesAndNewlines() }
        if let group = one("def-group") { values.definitionGroup = group.trimmingSpacesAndNewlines() }
        if let texts = one("def-elements") {
            // Browsers post a textarea's lines with CRLF; one element per non-empty line.
            values.definitionElements = texts.split(whereSeparator: \.isNewline).map { String($0).trimmingSpaces() }
                .filter { !$0.isEmpty }.joined(separator: "\n")
        }
        for key in ["unit", "summary", "reason"] {
            guard let text = one(key) else { continue }
            let trimmed = text.trimmingSpacesAndNewlines()
            switch key {
            case "unit": values.unit = trimmed
            case "summary": values.summary = trimmed
            default: values.reason = trimmed
            }
        }
        if let body = one("body") { values.body = Self.body(body) }
        if !old.elementsAreTexts, fields["elements-shown"] != nil {
            values.elements = Set((fields["element"] ?? []).compactMap { Int($0) })
        }
        if fields["ev-count"] != nil {
            values.evidence = Self.evidence(fields, language: language, refusals: &refusals)
            let newTitle = (fields["ev-new-title"]?.last ?? "").trimmingSpacesAndNewlines()
            if !newTitle.isEmpty, (fields["ev-new-url"]?.last ?? "").trimmingSpacesAndNewlines().isEmpty, !hasUpload {
                refusals["evidence-new"] =
                    th ? "ใส่ที่อยู่เว็บ หรือเลือกไฟล์ที่จะอัปโหลด" : "give a web address, or choose a file to upload"
            }
        }
        self.values = values
        self.refusals = refusals
    }

    /// The body as stored: line ends as `\n` (a browser posts `\r\n`), one final newline.
    static func body(_ posted: String) -> String {
        let text = posted.replacingOccurrences(of: "\r\n", with: "\n").trimmingSpacesAndNewlines()
        return text.isEmpty ? "" : text + "\n"
    }

    /// The evidence list: kept entries in order, moved by an `action` (`up-2`, `down-0`), and the
    /// new entry appended when it has an address.
    private static func evidence(
        _ fields: [String: [String]], language: Language, refusals: inout [String: String]
    ) -> [ItemValues.Evidence] {
        let count = Int(fields["ev-count"]?.last ?? "") ?? 0
        var list: [(index: Int, entry: ItemValues.Evidence)] = []
        for index in 0..<min(count, 500) where fields["ev-\(index)-remove"] == nil {
            let value = { (key: String) in (fields["ev-\(index)-\(key)"]?.last ?? "").trimmingSpacesAndNewlines() }
            let entry = ItemValues.Evidence(title: value("title"), url: value("url"), file: value("file"))
            if let problem = refusal(entry, language) { refusals["evidence-\(index)"] = problem }
            list.append((index, entry))
        }
        if let action = fields["action"]?.last, case let (from, step)? = FormInput.move(action),
            let position = list.firstIndex(where: { $0.index == from }), list.indices.contains(position + step)
        {
            list.swapAt(position, position + step)
        }
        var result = list.map(\.entry)
        let title = (fields["ev-new-title"]?.last ?? "").trimmingSpacesAndNewlines()
        let url = (fields["ev-new-url"]?.last ?? "").trimmingSpacesAndNewlines()
        if !url.isEmpty {
            let entry = ItemValues.Evidence(title: title.isEmpty ? url : title, url: url)
            if let problem = refusal(entry, language) { refusals["evidence-new"] = problem }
            result.append(entry)
        }
        return result
    }
    private static func refusal(_ entry: ItemValues.Evidence, _ language: Language) -> String? {
        let th = language == .thai
        if entry.title.isEmpty { return th ? "ใส่ชื่อหลักฐาน" : "give the evidence a title" }
        if entry.file.isEmpty {
            let lower = entry.url.lowercased()
            guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), entry.url.count > 8,
                !entry.url.contains(where: { $0.isWhitespace })
            else {
                return th ? "ที่อยู่เว็บต้องขึ้นต้นด้วย https:// และไม่มีช่องว่าง" : "a web address starts with https:// and has no spaces"
            }
        }
        return nil
    }
}
