import OITLoad
import OITModel

/// Why an assessor would score an OIT item 0: one reason each, worded in both languages, so the
/// readiness summary says what to fix rather than only that an item fails.
public enum ItemFailure: Sendable, Equatable, Codable {
    /// The year has no entry for the item.
    case noEntry
    /// The entry is not done (in progress or not started).
    case notDone(status: String)
    /// The required element `number` (from 1) is not confirmed.
    case elementMissing(number: Int)
    /// The period rule needs a date (`updated:` or `covers:`) and the entry gives none.
    case noDate
    /// The entry's date or period is outside what the round's period rule asks.
    case dateOutsidePeriod(rule: String)
    /// The entry gives no evidence, link or file.
    case noEvidence
    /// Evidence hosted away from the agency's own website: assessors look at the main site.
    case evidenceOffSite(host: String)
    /// An evidence link that did not open when `oit check --links` fetched it.
    case linkDead(url: String, result: LinkResult.Class)

    /// A stable identifier of the reason, for tools reading the JSON summary.
    public var id: String {
        switch self {
        case .noEntry: return "no-entry"
        case .notDone: return "not-done"
        case .elementMissing: return "element-missing"
        case .noDate: return "no-date"
        case .dateOutsidePeriod: return "date-outside-period"
        case .noEvidence: return "no-evidence"
        case .evidenceOffSite: return "evidence-off-site"
        case .linkDead: return "link-dead"
        }
    }

    package var wording: Wording {
        switch self {
        case .noEntry:
            return Wording(th: "ไม่มีข้อนี้ใน year.yaml", en: "no entry in year.yaml")
        case .notDone(let status):
            return Wording(th: "ยังไม่ได้ดำเนินการให้แล้วเสร็จ (\(status))", en: "not done (\(status))")
        case .elementMissing(let number):
            return Wording(th: "ยังไม่ยืนยันองค์ประกอบที่ \(number)", en: "element \(number) not confirmed")
        case .noDate:
            return Wording(th: "ไม่มีวันที่ (updated: หรือ covers:)", en: "no date (updated: or covers:)")
        case .dateOutsidePeriod(let rule):
            return Wording(th: "วันที่ไม่อยู่ในช่วงที่เกณฑ์กำหนด (\(rule))", en: "date outside the round's period (\(rule))")
        case .noEvidence:
            return Wording(th: "ไม่มีหลักฐาน (evidence:)", en: "no evidence (evidence:)")
        case .evidenceOffSite(let host):
            return Wording(
                th: "หลักฐานอยู่นอกเว็บไซต์หลักของหน่วยงาน (\(host))", en: "evidence off the agency's main website (\(host))")
        case .linkDead(let url, let result):
            return Wording(
                th: "ลิงก์ใช้ไม่ได้ (\(LinkFinding.thai(result))) \(url)", en: "link dead (\(result.rawValue)) \(url)")
        }
    }

    public func text(in language: Language) -> String { wording.text(in: language) }
}
