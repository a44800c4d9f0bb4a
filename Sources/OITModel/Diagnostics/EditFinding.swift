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
    /// The value (or a mapping or list it is in) carries an anchor (`&name`) that a `*name` elsewhere
    /// copies: editing it would change the copies too.
    case anchored(path: String, anchor: String)
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
        case .invalidPath, .pathThroughText, .wrongContainer, .throughAlias, .anchored: return "edit-path"
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
                th: "แก้ \(path) ไม่ได้: ตรงนี้เป็นการอ้างอิง (*ชื่อ) ที่คัดลอกค่ามาจากชื่ออ้างอิง (&ชื่อ) ที่อื่นในไฟล์ "
                    + "การแก้ผ่านการอ้างอิงจะเปลี่ยนค่าทุกที่ที่ใช้ชื่ออ้างอิงนั้น ให้แก้ไฟล์เองด้วยโปรแกรมแก้ข้อความ",
                en:
                    "cannot edit \(path): this is an alias (*name) that copies the value of an anchor (&name) elsewhere in the file; "
                    + "editing through it would change every use of the anchor, so edit the file by hand in a text editor"
            )
        case .anchored(let path, let anchor):
            return Wording(
                th: "แก้ \(path) ไม่ได้: ค่าตรงนี้มีชื่ออ้างอิง &\(anchor) ซึ่ง *\(anchor) ที่อื่นในไฟล์คัดลอกไปใช้ "
                    + "การแก้ที่นี่จะเปลี่ยนค่าที่ *\(anchor) ด้วย ให้แก้ไฟล์เองด้วยโปรแกรมแก้ข้อความ",
                en:
                    "cannot edit \(path): the value here has the anchor &\(anchor), which *\(anchor) elsewhere in the file copies; "
                    + "editing it would change the copies too, so edit the file by hand in a text editor"
            )
        case .invalidValue(let text, let problem):
            return Wording(
                th:
                    "ค่า \(text) ไม่ใช่ YAML แบบบรรทัดเดียวที่อ่านได้ (\(Self.thaiProblem(problem))) รายการเขียนเป็น [a, b] และคีย์กับค่าเป็น {url: x, title: y}",
                en:
                    "value \(text) is not readable YAML flow (\(problem)); write lists as [a, b] and mappings as {url: x, title: y}"
            )
        case .resultUnreadable(let path, let problem):
            return Wording(
                th: "ไม่ได้บันทึก: ถ้าแก้ \(path) ไฟล์จะอ่านไม่ได้ (\(Self.thaiProblem(problem))) ไฟล์ยังเหมือนเดิม",
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

    /// libyaml's problems that an edit can meet (a command-line value written as YAML flow, or an
    /// edited text), in Thai, worded as the loader's `YAMLMistake` and `Message.thaiProblem` word
    /// them; English keeps libyaml's words. A problem not listed keeps libyaml's text in both.
    package static func thaiProblem(_ problem: String) -> String {
        let known = [
            "found unexpected end of stream": "ข้อความจบก่อนจะปิดเครื่องหมายคำพูดหรือวงเล็บที่เปิดไว้ ให้ใส่ตัวปิดท้ายข้อความ",
            "did not find expected ',' or ']'": "รายการในวงเล็บ [ ] ไม่มี ] ปิด หรือไม่ได้คั่นแต่ละค่าด้วย ,",
            "did not find expected ',' or '}'": "ชุดข้อมูลในวงเล็บ { } ไม่มี } ปิด หรือไม่ได้คั่นแต่ละคู่ด้วย ,",
            "found unknown escape character":
                "ในเครื่องหมายคำพูด \" \" ใช้ \\ ตามลำพังไม่ได้ ให้ครอบข้อความด้วยเครื่องหมายคำพูดเดี่ยว ' ' แทน หรือเขียน \\\\",
            "did not find expected key": "มีข้อความต่อหลังเครื่องหมายคำพูดปิด หรือบรรทัดไม่อยู่ในรูป ชื่อ: ค่า",
            "did not find expected node content": "ไม่พบค่าในตำแหน่งนี้ (ถ้าเป็นข้อความ ให้ใส่ไว้ในเครื่องหมายคำพูด)",
            "found character that cannot start any token":
                "พบอักขระที่ขึ้นต้นค่าไม่ได้ เช่น @ หรือ ` (ถ้าเป็นข้อความ ให้ใส่ไว้ในเครื่องหมายคำพูด)",
            "found undefined alias": "ไม่พบชื่ออ้างอิง (&ชื่อ) ที่การอ้างอิง * นี้ใช้ (ถ้าเป็นข้อความ ให้ใส่ไว้ในเครื่องหมายคำพูด)",
            "did not find expected alphabetic or numeric character":
                "หลัง & หรือ * ต้องมีชื่อ (ถ้าเป็นข้อความ ให้ใส่ไว้ในเครื่องหมายคำพูด)",
            "found unexpected ':'": "มีเครื่องหมาย : ในตำแหน่งที่ใช้ไม่ได้ (ถ้าเป็นข้อความ ให้ใส่ไว้ในเครื่องหมายคำพูด)",
            "could not find expected ':'": "ไม่พบเครื่องหมาย : หลังชื่อ",
            "mapping values are not allowed in this context":
                "มีเครื่องหมาย : ในตำแหน่งที่ใช้ไม่ได้ (ถ้าเป็นข้อความ ให้ใส่ไว้ในเครื่องหมายคำพูด)",
            "found a tab character that violates indentation": "มีแท็บ (Tab) ในตำแหน่งที่ YAML ใช้ย่อหน้า ให้ใช้การเว้นวรรคแทน",
            "found a tab character where an indentation space is expected":
                "มีแท็บ (Tab) ในตำแหน่งที่ YAML ใช้ย่อหน้า ให้ใช้การเว้นวรรคแทน",
        ]
        return known[problem] ?? Message.thaiProblem(problem)
    }
}
