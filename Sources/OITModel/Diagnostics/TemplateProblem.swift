/// A template syntax error, named so that a webmaster can fix it: what `TemplateParser` found,
/// explained in Thai and English (the message's location is the tag to fix).
public enum TemplateProblem: Sendable, Equatable, Codable {
    /// `{{#name}}` (or `{{^name}}`) with no `{{/name}}`.
    case unclosedSection(String)
    /// `{{/name}}` that does not close the section opened last.
    case wrongSectionClose(expected: String?, found: String)
    /// A tag not closed with `}}`, or an empty or malformed name.
    case unfinishedTag
    case invalidSetDelimiter
    case invalidConfig
    case unknownConfig
    /// Mustache that oit's templates do not run (inheritance, dynamic partials, transforms): the tag.
    case unsupported(String)

    package var thai: String {
        switch self {
        case .unclosedSection(let name): return "ส่วน {{#\(name)}} ที่เปิดตรงนี้ไม่มี {{/\(name)}} ปิดท้าย"
        case .wrongSectionClose(let expected, let found):
            if let expected { return "{{/\(found)}} ปิดส่วนผิด ส่วนที่เปิดล่าสุดคือ {{#\(expected)}}" }
            return "{{/\(found)}} ไม่ตรงกับส่วนที่เปิดไว้"
        case .unfinishedTag: return "แท็ก {{ ที่ตรงนี้ไม่ถูกปิดด้วย }} หรือชื่อในแท็กไม่ถูกต้อง"
        case .invalidSetDelimiter: return "แท็กเปลี่ยนเครื่องหมาย {{=  =}} เขียนไม่ถูกต้อง"
        case .invalidConfig: return "แท็กตั้งค่า {{% }} เขียนไม่ถูกต้อง"
        case .unknownConfig: return "ไม่รู้จักค่าที่ตั้งในแท็ก {{% }} (ใช้ได้เฉพาะ CONTENT_TYPE: HTML)"
        case .unsupported(let tag):
            return "แม่แบบของ oit ใช้แท็ก \(tag) ไม่ได้ ใช้ได้เฉพาะ {{ชื่อ}} {{{ชื่อ}}} {{&ชื่อ}} {{#ชื่อ}} {{^ชื่อ}} "
                + "{{/ชื่อ}} {{>ชื่อ}} {{! }} {{= =}} และ first() last() index() even() odd()"
        }
    }

    package var english: String {
        switch self {
        case .unclosedSection(let name): return "section {{#\(name)}} opened here has no {{/\(name)}}"
        case .wrongSectionClose(let expected, let found):
            if let expected { return "{{/\(found)}} closes the wrong section; the last one opened is {{#\(expected)}}" }
            return "{{/\(found)}} does not match the open section"
        case .unfinishedTag: return "tag {{ is not closed with }}, or its name is malformed"
        case .invalidSetDelimiter: return "malformed set-delimiter tag {{= =}}"
        case .invalidConfig: return "malformed config tag {{% }}"
        case .unknownConfig: return "unknown config variable in {{% }} (only CONTENT_TYPE: HTML is allowed)"
        case .unsupported(let tag):
            return "oit templates do not support the tag \(tag); they support {{name}} {{{name}}} {{&name}} "
                + "{{#name}} {{^name}} {{/name}} {{>name}} {{! }} {{= =}} and first() last() index() even() odd()"
        }
    }
}
