import OITCheck
import OITLoad
import OITModel
import OITRender

/// What a posted progress report form asks for, checked before anything is written: a date that
/// is no date, a status or round not in the list, evidence without a title or a web address are
/// refused beside their field. A date outside the fiscal year is saved; the check then warns.
public struct ProgressSubmission: Sendable {
    public var values: ProgressValues
    /// Messages by field id (`date`, `entry-2-status`, `entry-2-evidence`), in the clerk's language.
    public var refusals: [String: String] = [:]

    public init(fields: [String: [String]], old: ProgressValues, language: Language) {
        values = old
        let th = language == .thai
        func one(_ name: String) -> String? { fields[name]?.last }
        if let round = one("round") {
            values.round = round
            if ProgressReport.Round(rawValue: round) == nil {
                refusals["round"] = th ? "เลือกรอบจากรายการ" : "choose a round from the list"
            }
        }
        if let typed = one("date") {
            do {
                values.date = try BuddhistDateInput.parse(typed).map(BuddhistDateInput.format) ?? ""
            } catch {
                values.date = typed
                refusals["date"] = error.text(in: language)
            }
        }
        if let title = one("title") { values.title = title.trimmingSpacesAndNewlines() }
        let count = min(Int(one("e-count") ?? "") ?? 0, 500)
        var entries: [ProgressValues.Entry] = []
        for index in 0..<count { entries.append(entry(fields, index, language)) }
        values.entries = entries
    }

    private mutating func entry(_ fields: [String: [String]], _ index: Int, _ language: Language) -> ProgressValues.Entry {
        let th = language == .thai
        let prefix = "e-\(index)-"
        func one(_ key: String) -> String {
            (fields[prefix + key]?.last ?? "").replacingOccurrences(of: "\r\n", with: "\n").trimmingSpacesAndNewlines()
        }
        var entry = ProgressValues.Entry(measure: one("measure"), origin: Int(one("origin")))
        entry.status = one("status")
        entry.summary = one("summary")
        entry.outcome = one("outcome")
        entry.evidence = evidence(fields, prefix: prefix, field: "entry-\(index)-evidence", language)
        let typed = !entry.summary.isEmpty || !entry.outcome.isEmpty || !entry.evidence.isEmpty
        // An entry in the file keeps a status; a measure not yet reported needs one once anything is typed.
        let unchosen = entry.status.isEmpty && (entry.origin != nil || typed)
        if unchosen || (!entry.status.isEmpty && ProgressStatus(rawValue: entry.status) == nil) {
            refusals["entry-\(index)-status"] = th ? "เลือกสถานะจากรายการ" : "choose a status from the list"
        }
        return entry
    }

    /// The entry's evidence: kept entries in order, then the new one when it has an address.
    private mutating func evidence(
        _ fields: [String: [String]], prefix: String, field: String, _ language: Language
    ) -> [ItemValues.Evidence] {
        let th = language == .thai
        func one(_ key: String) -> String { (fields[prefix + key]?.last ?? "").trimmingSpacesAndNewlines() }
        let count = min(Int(one("ev-count")) ?? 0, 200)
        var list: [ItemValues.Evidence] = []
        for index in 0..<count where fields[prefix + "ev-\(index)-remove"] == nil {
            list.append(
                ItemValues.Evidence(title: one("ev-\(index)-title"), url: one("ev-\(index)-url"), file: one("ev-\(index)-file")))
        }
        let (title, url) = (one("ev-new-title"), one("ev-new-url"))
        if !title.isEmpty || !url.isEmpty { list.append(ItemValues.Evidence(title: title.isEmpty ? url : title, url: url)) }
        for entry in list {
            if entry.title.isEmpty {
                refusals[field] = th ? "ใส่ชื่อหลักฐาน" : "give the evidence a title"
            } else if entry.file.isEmpty, !Self.isWebAddress(entry.url) {
                refusals[field] =
                    th ? "ที่อยู่เว็บต้องขึ้นต้นด้วย https:// และไม่มีช่องว่าง" : "a web address starts with https:// and has no spaces"
            }
        }
        return list
    }

    static func isWebAddress(_ text: String) -> Bool {
        let lower = text.lowercased()
        return (lower.hasPrefix("https://") || lower.hasPrefix("http://")) && text.count > 8
            && !text.contains(where: { $0.isWhitespace })
    }
}
