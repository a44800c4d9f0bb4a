import Mustache

/// A template syntax error, named so that a webmaster can fix it: swift-mustache's parser errors,
/// explained in Thai and English.
public enum TemplateProblem: Sendable, Equatable, Codable {
    /// `{{#name}}` (or `{{^name}}`, `{{$name}}`, `{{<name}}`) with no `{{/name}}`.
    case unclosedSection(String)
    /// `{{/name}}` that does not close the section opened last.
    case wrongSectionClose(expected: String?, found: String)
    /// A tag not closed with `}}`, or an empty or malformed name.
    case unfinishedTag
    case invalidSetDelimiter
    case transformOnInheritance
    case illegalInInheritance
    case textInInheritance
    case invalidConfig
    case unknownConfig
    case other(String)

    init(_ error: MustacheTemplate.Error) {
        switch error {
        case .sectionCloseNameIncorrect: self = .wrongSectionClose(expected: nil, found: "")
        case .unfinishedName: self = .unfinishedTag
        case .expectedSectionEnd: self = .unclosedSection("")
        case .invalidSetDelimiter: self = .invalidSetDelimiter
        case .transformAppliedToInheritanceSection: self = .transformOnInheritance
        case .illegalTokenInsideInheritSection: self = .illegalInInheritance
        case .textInsideInheritSection: self = .textInInheritance
        case .invalidConfigVariableSyntax: self = .invalidConfig
        case .unrecognisedConfigVariable: self = .unknownConfig
        @unknown default: self = .other(String(describing: error))
        }
    }

    var thai: String {
        switch self {
        case .unclosedSection(let name): return "ส่วน {{#\(name)}} ที่เปิดตรงนี้ไม่มี {{/\(name)}} ปิดท้าย"
        case .wrongSectionClose(let expected, let found):
            if let expected { return "{{/\(found)}} ปิดส่วนผิด ส่วนที่เปิดล่าสุดคือ {{#\(expected)}}" }
            return "{{/\(found)}} ไม่ตรงกับส่วนที่เปิดไว้"
        case .unfinishedTag: return "แท็ก {{ ที่ตรงนี้ไม่ถูกปิดด้วย }} หรือชื่อในแท็กไม่ถูกต้อง"
        case .invalidSetDelimiter: return "แท็กเปลี่ยนเครื่องหมาย {{=  =}} เขียนไม่ถูกต้อง"
        case .transformOnInheritance: return "ใช้ฟังก์ชันแปลงค่ากับส่วนสืบทอด ({{$ }} หรือ {{< }}) ไม่ได้"
        case .illegalInInheritance: return "ในส่วน {{< }} ใส่ได้เฉพาะ {{$ }} เท่านั้น"
        case .textInInheritance: return "ในส่วน {{< }} ใส่ข้อความนอก {{$ }} ไม่ได้"
        case .invalidConfig: return "แท็กตั้งค่า {{% }} เขียนไม่ถูกต้อง"
        case .unknownConfig: return "ไม่รู้จักค่าที่ตั้งในแท็ก {{% }}"
        case .other(let text): return text
        }
    }

    var english: String {
        switch self {
        case .unclosedSection(let name): return "section {{#\(name)}} opened here has no {{/\(name)}}"
        case .wrongSectionClose(let expected, let found):
            if let expected { return "{{/\(found)}} closes the wrong section; the last one opened is {{#\(expected)}}" }
            return "{{/\(found)}} does not match the open section"
        case .unfinishedTag: return "tag {{ is not closed with }}, or its name is malformed"
        case .invalidSetDelimiter: return "malformed set-delimiter tag {{= =}}"
        case .transformOnInheritance: return "a transform cannot apply to an inheritance section"
        case .illegalInInheritance: return "only {{$ }} blocks may appear inside {{< }}"
        case .textInInheritance: return "text outside {{$ }} inside {{< }}"
        case .invalidConfig: return "malformed config tag {{% }}"
        case .unknownConfig: return "unknown config variable in {{% }}"
        case .other(let text): return text
        }
    }
}
