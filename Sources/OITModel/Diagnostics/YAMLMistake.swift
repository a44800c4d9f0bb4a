/// A YAML syntax mistake that clerks make, recognised from libyaml's error and the line it is on,
/// told with its fix rather than in libyaml's words ("mapping values are not allowed in this
/// context"). Each is reported at the character to fix: the tab, the colon, the place of the
/// missing colon, the quote or bracket left open.
public enum YAMLMistake: Sendable, Equatable, Codable {
    /// `summary: ผลการดำเนินงาน: ครบถ้วน`: a `:` inside a plain value, which YAML reads as a key.
    /// `key` is nil in a list item.
    case colonInValue(key: String?, value: String)
    /// A tab where YAML counts spaces.
    case tab
    /// `status done`: a key with no `:` after it; `rest` is what follows the key on the line.
    case missingColon(key: String, rest: String)
    /// A key indented unlike its siblings; `deeper` when more (it may continue the text above).
    case indentation(key: String, deeper: Bool)
    /// `summary: "ก" ข`: text after a closing quote (often a quote inside quoted text).
    case textAfterQuote
    /// A `"` or `'` opened and never closed.
    case unclosedQuote(String)
    /// A `[` or `{` opened and never closed.
    case unclosedBracket(String)
    /// A value starting with a character YAML reserves (`@`, `` ` ``).
    case reservedCharacter(String)
    /// `"C:\เอกสาร"`: a backslash in double quotes that is no escape.
    case backslashInDoubleQuotes

    package var wording: Wording {
        switch self {
        case .colonInValue(let key, let value):
            let example = Self.quoted(value).map { " เช่น " + (key.map { "\($0): " } ?? "") + $0 } ?? ""
            let exampleEnglish = Self.quoted(value).map { ", as in " + (key.map { "\($0): " } ?? "") + $0 } ?? ""
            return Wording(
                th: "\(key.map { "ข้อความของ \"\($0)\" " } ?? "ข้อความนี้")มีเครื่องหมาย : อยู่ข้างใน ซึ่ง YAML อ่านเป็นชื่อ (key) "
                    + "ให้ใส่ข้อความไว้ในเครื่องหมายคำพูด" + example,
                en: "\(key.map { "the text of \"\($0)\"" } ?? "this text") contains a colon, which YAML reads as a key: "
                    + "put the text in quotes" + exampleEnglish)
        case .tab:
            return Wording(
                th: "มีแท็บ (Tab) ตรงนี้ ซึ่ง YAML ใช้ย่อหน้าไม่ได้ ให้ใช้การเว้นวรรคแทนแท็บ",
                en: "a tab here: YAML does not indent with tabs; use spaces instead of a tab")
        case .missingColon(let key, let rest):
            let example = rest.isEmpty ? "\(key): …" : "\(key): \(rest)"
            return Wording(
                th: "ไม่มีเครื่องหมาย : หลังชื่อ \"\(key)\" ให้เขียนเป็น \(example)",
                en: "no colon after \"\(key)\"; write \(example)")
        case .indentation(let key, let deeper):
            return Wording(
                th: "\"\(key)\" ย่อหน้า\(deeper ? "ลึกกว่า" : "ไม่ตรงกับ")ชื่ออื่นในชุดเดียวกัน ให้เว้นวรรคหน้าชื่อให้เท่ากับชื่ออื่นที่อยู่ระดับเดียวกัน"
                    + (deeper ? " (ถ้าเป็นข้อความต่อจากบรรทัดก่อน ให้ใส่ข้อความทั้งหมดไว้ในเครื่องหมายคำพูด)" : ""),
                en: "\"\(key)\" is indented \(deeper ? "deeper than" : "unlike") the keys beside it; "
                    + "give it as many leading spaces as its sibling keys"
                    + (deeper ? " (if it continues the text above, put the whole text in quotes)" : ""))
        case .textAfterQuote:
            return Wording(
                th: "มีข้อความต่อหลังเครื่องหมายคำพูดปิด ถ้าข้อความมีเครื่องหมายคำพูดอยู่ข้างใน ให้ครอบทั้งข้อความด้วยเครื่องหมายคำพูดอีกแบบ (\" หรือ ')",
                en:
                    "text follows the closing quote; if the text holds a quote, enclose the whole text in the other kind (\" or ')"
            )
        case .unclosedQuote(let quote):
            return Wording(
                th: "เครื่องหมายคำพูด \(quote) ที่เปิดตรงนี้ไม่มีตัวปิด ให้ใส่ \(quote) ปิดท้ายข้อความ",
                en: "the quote \(quote) opened here is never closed; add a closing \(quote) at the end of the text")
        case .unclosedBracket(let bracket):
            let closing = bracket == "{" ? "}" : "]"
            return Wording(
                th: "วงเล็บ \(bracket) ที่เปิดตรงนี้ไม่มี \(closing) ปิด ให้ใส่ \(closing) ท้ายรายการ (คั่นแต่ละค่าด้วย ,)",
                en: "the \(bracket) opened here is never closed; add \(closing) at the end (values separated by commas)")
        case .reservedCharacter(let character):
            return Wording(
                th: "ค่าที่ขึ้นต้นด้วย \(character) ต้องอยู่ในเครื่องหมายคำพูด เช่น \"\(character)…\"",
                en: "a value starting with \(character) must be in quotes, as in \"\(character)…\"")
        case .backslashInDoubleQuotes:
            return Wording(
                th: "ในเครื่องหมายคำพูด \" \" ใช้ \\ ตามลำพังไม่ได้ ให้ครอบข้อความด้วยเครื่องหมายคำพูดเดี่ยว ' ' แทน หรือเขียน \\\\",
                en: "a backslash inside double quotes starts an escape; enclose the text in single quotes instead, or write \\\\")
        }
    }

    /// The value in quotes that do not occur in it, for the example of the fix; nil when it holds both.
    private static func quoted(_ value: String) -> String? {
        if !value.contains("\"") { return "\"\(value)\"" }
        if !value.contains("'") { return "'\(value)'" }
        return nil
    }
}
