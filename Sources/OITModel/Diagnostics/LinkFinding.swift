/// What `oit check --links` tells a webmaster about evidence links. One case of `Message` holds
/// them all, with their wording and rule ids beside them.
public enum LinkFinding: Sendable, Equatable, Codable {
    /// An evidence link an assessor could not open, with the last status and address when known.
    case dead(url: String, result: LinkResult.Class, status: Int?, finalURL: String?)
    /// Every link failed as an offline machine fails: said once instead of once a link.
    case networkDown(links: Int)

    public var ruleID: String {
        switch self {
        case .dead: return "dead-link"
        case .networkDown: return "network-down"
        }
    }

    package static let allRuleIDs = ["dead-link", "network-down"]

    package var wording: Wording {
        switch self {
        case .dead(let url, let result, let status, let finalURL):
            let code = status.map { " HTTP \($0)" } ?? ""
            let end = finalURL.map { " → \($0)" } ?? ""
            return Wording(
                th: "ลิงก์หลักฐาน \(url) เปิดไม่ได้ (\(Self.thai(result))\(code))\(end)",
                en: "evidence link \(url) does not open (\(result.rawValue)\(code))\(end)")
        case .networkDown(let links):
            return Wording(
                th: "เปิดลิงก์หลักฐานไม่ได้ทั้ง \(links) ลิงก์ เครือข่ายของเครื่องนี้อาจใช้ไม่ได้ จึงไม่ถือว่าลิงก์ใดเสีย",
                en: "none of the \(links) evidence links could be reached: the network seems down, "
                    + "so no link is reported dead")
        }
    }

    /// The class in Thai words, with its English id for searching.
    package static func thai(_ result: LinkResult.Class) -> String {
        let words: String
        switch result {
        case .ok: words = "เปิดได้"
        case .redirected: words = "ย้ายที่อยู่"
        case .notFound: words = "ไม่พบหน้า"
        case .serverError: words = "เซิร์ฟเวอร์ขัดข้อง"
        case .timeout: words = "หมดเวลารอ"
        case .unreachable: words = "เชื่อมต่อไม่ได้"
        case .tls: words = "ใบรับรอง TLS ใช้ไม่ได้"
        case .dns: words = "ไม่พบชื่อโดเมน"
        case .loginWall: words = "ต้องเข้าสู่ระบบก่อน"
        case .offDomain: words = "ไปจบนอกเว็บไซต์ของหน่วยงาน"
        }
        return "\(words), \(result.rawValue)"
    }
}
