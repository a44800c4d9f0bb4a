/// What `oit set` and the browser editor tell a webmaster about an edit they cannot make. One case
/// of `Message` holds them all, with their wording and rule ids beside them.
public enum EditFinding: Sendable, Equatable, Codable {
    /// A key path that is not `key.key.0.key`: an empty part, or nothing at all.
    case invalidPath(String)
    /// A path that goes on past a value that is text (`items.o1.status.x`); `at` is the text's path.
    case pathThroughText(path: String, at: String)
    /// A list entry number where the file has a mapping, or a key where it has a list.
    case wrongContainer(path: String, at: String, isList: Bool)
    /// A list entry past the end of the list (only the next number adds an entry).
    case indexOutOfRange(path: String, index: Int, count: Int)
    /// An anchor's copy (`*name`) on the way: editing it would change the anchor's other uses.
    case throughAlias(path: String)
    /// A command-line value written as YAML flow (`[a, b]`, `{k: v}`) that does not parse.
    case invalidValue(String, problem: String)
    /// The edited text would not parse: nothing is written.
    case resultUnreadable(path: String, problem: String)
    /// The edited text parses but does not read back the intended value: nothing is written.
    case readBackDiffers(path: String)
    /// The file changed on disk since it was read: nothing is written.
    case changedOnDisk(String)

    public var ruleID: String {
        switch self {
        case .invalidPath, .pathThroughText, .wrongContainer, .throughAlias: return "edit-path"
        case .indexOutOfRange: return "edit-index"
        case .invalidValue: return "edit-value"
        case .resultUnreadable, .readBackDiffers: return "edit-refused"
        case .changedOnDisk: return "changed-on-disk"
        }
    }

    package static let allRuleIDs = ["edit-path", "edit-index", "edit-value", "edit-refused", "changed-on-disk"]

    package var wording: Wording {
        switch self {
        case .invalidPath(let path):
            return Wording(
                th: "ตำแหน่งค่า \"\(path)\" ใช้ไม่ได้: เขียนชื่อคีย์คั่นด้วยจุด เช่น items.o12.status หรือ items.o12.evidence.0.url",
                en:
                    "key path \"\(path)\" is not valid: write keys separated by dots, e.g. items.o12.status or items.o12.evidence.0.url"
            )
        case .pathThroughText(let path, let at):
            return Wording(
                th: "แก้ \(path) ไม่ได้: \(at) เป็นค่าข้อความ ไม่มีคีย์ย่อยอยู่ข้างใน",
                en: "cannot edit \(path): \(at) is a text value and holds no keys")
        case .wrongContainer(let path, let at, let isList):
            return isList
                ? Wording(
                    th: "แก้ \(path) ไม่ได้: \(at) เป็นรายการ ให้ระบุลำดับรายการเป็นตัวเลข (เริ่มที่ 0) เช่น \(at).0",
                    en: "cannot edit \(path): \(at) is a list; name its entry by number (from 0), e.g. \(at).0")
                : Wording(
                    th: "แก้ \(path) ไม่ได้: \(at) ไม่ใช่รายการ จึงระบุลำดับเป็นตัวเลขไม่ได้ ให้ใช้ชื่อคีย์",
                    en: "cannot edit \(path): \(at) is not a list, so it has no numbered entries; name a key")
        case .indexOutOfRange(let path, let index, let count) where count == 0:
            return Wording(
                th: "แก้ \(path) ไม่ได้: ยังไม่มีรายการ เพิ่มรายการแรกได้ที่ลำดับ 0 เท่านั้น ไม่ใช่ \(index)",
                en: "cannot edit \(path): there is no list yet; its first entry is number 0, not \(index)")
        case .indexOutOfRange(let path, let index, let count):
            return Wording(
                th: "แก้ \(path) ไม่ได้: รายการมี \(count) รายการ (0–\(count - 1)) เพิ่มรายการใหม่ได้ที่ลำดับ \(count) เท่านั้น ไม่ใช่ \(index)",
                en: "cannot edit \(path): the list has \(count) entries; a new entry can only be number \(count), not \(index)")
        case .throughAlias(let path):
            return Wording(
                th: "แก้ \(path) ไม่ได้: ค่านี้คัดลอกมาจาก anchor (*ชื่อ) การแก้ที่นี่จะเปลี่ยนทุกที่ที่ใช้ anchor นั้น ให้แก้ในไฟล์เอง",
                en:
                    "cannot edit \(path): the value is an alias (*name) of an anchor; editing it would change every use, so edit the file by hand"
            )
        case .invalidValue(let text, let problem):
            return Wording(
                th: "ค่า \(text) ไม่ใช่ YAML แบบบรรทัดเดียวที่อ่านได้ (\(problem)) รายการเขียนเป็น [a, b] และคีย์กับค่าเป็น {url: x, title: y}",
                en:
                    "value \(text) is not readable YAML flow (\(problem)); write lists as [a, b] and mappings as {url: x, title: y}"
            )
        case .resultUnreadable(let path, let problem):
            return Wording(
                th: "ไม่ได้บันทึก: ถ้าแก้ \(path) ไฟล์จะอ่านไม่ได้ (\(problem)) ไฟล์ยังเหมือนเดิม",
                en: "not saved: editing \(path) would make the file unreadable (\(problem)); the file is unchanged")
        case .readBackDiffers(let path):
            return Wording(
                th: "ไม่ได้บันทึก: อ่านไฟล์ที่แก้แล้วได้ค่า \(path) ไม่ตรงกับที่ตั้งใจ ไฟล์ยังเหมือนเดิม",
                en: "not saved: the edited file does not read back the intended value of \(path); the file is unchanged")
        case .changedOnDisk(let path):
            return Wording(
                th: "ไม่ได้บันทึก: ไฟล์ \(path) ถูกแก้ไขจากที่อื่นหลังจากเปิดมาแก้ ไฟล์ยังเหมือนเดิม",
                en: "not saved: \(path) was changed elsewhere since it was opened; the file is unchanged")
        }
    }
}
