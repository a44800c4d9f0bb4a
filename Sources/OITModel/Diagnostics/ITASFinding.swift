/// What the build tells a clerk about the agency's ITAS code (`itas_code:`), from which it makes
/// the EIT and IIT survey links and the EIT survey's QR code. One case of `Message` holds them
/// all, with their wording and rule ids beside them.
public enum ITASFinding: Sendable, Equatable, Codable {
    /// A code with something other than ASCII letters and digits: it would link to no survey.
    case invalidCode(String)
    /// A code of another length than the six characters ITAS gives: most likely a typing slip.
    case unusualLength(String, usual: Int)
    /// An item that asks for the EIT survey's QR code, in a year with no ITAS code.
    case codeMissing(item: String)

    public var ruleID: String {
        switch self {
        case .invalidCode: return "itas-code-invalid"
        case .unusualLength: return "itas-code-length"
        case .codeMissing: return "itas-code-missing"
        }
    }

    package static let allRuleIDs = ["itas-code-invalid", "itas-code-length", "itas-code-missing"]

    /// The survey link's pattern with a made-up code, to show where the code is found.
    private static let example = ITASLinks.base + "eit/abc123"

    package var wording: Wording {
        switch self {
        case .invalidCode(let code):
            return Wording(
                th: "รหัส ITAS \"\(code)\" ใช้ไม่ได้ ต้องเป็นอักษรภาษาอังกฤษและตัวเลขเท่านั้น "
                    + "คือส่วนท้ายของลิงก์แบบวัดที่ได้จากระบบ ITAS (\(Self.example) รหัสคือ abc123)",
                en: "ITAS code \"\(code)\" is invalid: write only letters and digits, the end of the survey link "
                    + "ITAS gives (\(Self.example): the code is abc123)")
        case .unusualLength(let code, let usual):
            return Wording(
                th: "รหัส ITAS \"\(code)\" มี \(code.count) ตัว แต่รหัสของระบบ ITAS มี \(usual) ตัว "
                    + "ตรวจกับลิงก์แบบวัดที่ได้จากระบบ ITAS อีกครั้ง",
                en: "ITAS code \"\(code)\" has \(code.count) characters where ITAS codes have \(usual); "
                    + "check it against the survey link ITAS gives")
        case .codeMissing(let item):
            return Wording(
                th: "ข้อ \(item) ต้องแสดง QR code แบบวัด EIT แต่ยังไม่มีรหัส ITAS ของหน่วยงาน "
                    + "ให้ใส่ itas_code: ใน agency.yaml (ส่วนท้ายของลิงก์แบบวัดที่ได้จากระบบ ITAS "
                    + "เช่น \(Self.example) รหัสคือ abc123) แล้วระบบจะสร้าง QR code ให้",
                en: "item \(item) must show the EIT survey's QR code, and the agency has no ITAS code: "
                    + "add itas_code: to agency.yaml (the end of the survey link ITAS gives, "
                    + "such as \(Self.example): the code is abc123) and the build makes the QR code")
        }
    }
}
