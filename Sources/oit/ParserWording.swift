import Foundation

/// Thai beside argument-parser's own English words: the headings of `--help` and the usage
/// errors it writes itself, which a clerk would otherwise read in English only. The text is
/// matched by its fixed English phrases; anything else passes through unchanged.
enum ParserWording {
    /// Help headings, each followed by its Thai name.
    static let headings = [
        ("OVERVIEW:", "OVERVIEW (ภาพรวม):"), ("USAGE:", "USAGE (วิธีใช้):"), ("ARGUMENTS:", "ARGUMENTS (ค่าที่ใส่):"),
        ("OPTIONS:", "OPTIONS (ตัวเลือก):"), ("SUBCOMMANDS:", "SUBCOMMANDS (คำสั่งย่อย):"),
    ]

    /// Error openings, each with the Thai sentence put on the line above it.
    static let errors = [
        ("Error: Missing expected argument", "ข้อผิดพลาด: ขาดค่าที่ต้องใส่"),
        ("Error: Unknown option", "ข้อผิดพลาด: ไม่รู้จักตัวเลือกนี้"),
        ("Error: Missing value for", "ข้อผิดพลาด: ตัวเลือกนี้ต้องมีค่าตามหลัง"),
        ("Error: The value", "ข้อผิดพลาด: ค่าที่ใส่ใช้ไม่ได้"),
        ("Error: Unexpected argument", "ข้อผิดพลาด: มีค่าเกินมา"),
        ("Error: Unknown subcommand", "ข้อผิดพลาด: ไม่รู้จักคำสั่งนี้"),
    ]

    /// `text` with Thai headings and a Thai line above a known English error.
    static func localized(_ text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        for index in lines.indices {
            for (english, both) in headings where lines[index].hasPrefix(english) {
                lines[index] = both + lines[index].dropFirst(english.count)
            }
        }
        if let first = lines.first, let thai = errors.first(where: { first.hasPrefix($0.0) })?.1 {
            lines.insert(thai, at: 0)
        }
        return lines.joined(separator: "\n")
    }

    /// Whether `text` is help or a usage error, not a completion script or a version.
    static func isParserText(_ text: String) -> Bool {
        text.hasPrefix("Error: ") || text.contains("\nUSAGE: ") || text.hasPrefix("USAGE: ") || text.hasPrefix("OVERVIEW: ")
    }
}
