/// Where an item stands; each state has an English and a Thai spelling in content.
public enum ItemStatus: String, Sendable, CaseIterable, Choice {
    case done
    case inProgress = "in-progress"
    case notStarted = "not-started"
    case notApplicable = "n/a"

    package var spellings: [String] {
        switch self {
        case .done: return ["done", "ดำเนินการแล้ว"]
        case .inProgress: return ["in-progress", "อยู่ระหว่างดำเนินการ"]
        case .notStarted: return ["not-started", "ยังไม่ได้ดำเนินการ"]
        case .notApplicable: return ["n/a", "ไม่เกี่ยวข้อง"]
        }
    }

    package var nearWords: [String] {
        switch self {
        case .done: return ["เสร็จ", "เสร็จแล้ว", "เสร็จสิ้น", "เรียบร้อย", "เรียบร้อยแล้ว", "แล้วเสร็จ", "complete", "completed", "finished"]
        case .inProgress: return ["กำลังดำเนินการ", "ระหว่างดำเนินการ", "in progress", "ongoing"]
        case .notStarted: return ["ยังไม่เริ่ม", "ยังไม่ทำ", "not started", "todo"]
        case .notApplicable: return ["ไม่เกี่ยว", "na", "n.a.", "none"]
        }
    }
}
