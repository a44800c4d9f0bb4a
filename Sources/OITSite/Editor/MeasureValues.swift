import OITLoad
import OITModel
import OITRender

/// The measures of a year's `measures.yaml` as the editor's form shows and posts them: texts as
/// typed, every list (`questions`, `steps`, …) one entry a line. Two equal lists mean no edit.
public struct MeasureValues: Equatable, Sendable {
    /// One measure, with the position it had in the file (nil: added in the form).
    public struct Entry: Equatable, Sendable {
        public var id = ""
        public var title = ""
        public var indicators: [String] = []
        public var questions: [String] = []
        public var items: [String] = []
        public var issue = ""
        public var steps: [String] = []
        public var period = ""
        public var units: [String] = []
        /// The index in the file the form was made from; nil for a measure added in the form.
        public var origin: Int?

        public init() {}

        /// Whether the clerk typed anything but the suggested id.
        public var isBlank: Bool {
            title.isEmpty && issue.isEmpty && period.isEmpty && indicators.isEmpty && questions.isEmpty
                && items.isEmpty && steps.isEmpty && units.isEmpty
        }
    }

    /// The list fields, in the documented key order, with their Thai and English labels.
    public static let listKeys: [(key: String, thai: String, english: String)] = [
        (
            "indicators", "ตัวชี้วัดที่ตอบ (เลขตัวชี้วัดหรือรหัสตัวชี้วัดย่อย บรรทัดละหนึ่ง)",
            "Indicators (numbers or sub-indicator codes, one a line)"
        ),
        ("questions", "ข้อคำถาม IIT/EIT ที่ตอบ (เช่น i1, e5 บรรทัดละหนึ่ง)", "Survey questions (e.g. i1, e5, one a line)"),
        ("items", "ข้อ OIT ที่ตอบ (เช่น o23 บรรทัดละหนึ่ง)", "OIT items (e.g. o23, one a line)"),
        ("steps", "ขั้นตอน (บรรทัดละหนึ่งขั้นตอน)", "Steps (one a line)"),
        ("units", "หน่วยงานที่รับผิดชอบ (บรรทัดละหนึ่ง)", "Responsible units (one a line)"),
    ]

    public var measures: [Entry] = []

    public init() {}

    /// The values of the loaded measures, in file order.
    public init(_ loaded: [Measure]) {
        measures = loaded.enumerated().map { index, measure in
            var entry = Entry()
            entry.id = measure.id.value
            entry.title = measure.title
            entry.indicators = measure.indicators.map(\.value)
            entry.questions = measure.questions.map(\.value)
            entry.items = measure.items.map(\.value)
            entry.issue = measure.issue ?? ""
            entry.steps = measure.steps
            entry.period = measure.period ?? ""
            entry.units = measure.units
            entry.origin = index
            return entry
        }
    }

    /// The next id in the `M1, M2, …` series the file uses (`M1` for none).
    public var suggestedID: String {
        let numbers = measures.compactMap { entry -> Int? in
            guard entry.id.hasPrefix("M") else { return nil }
            return Int(entry.id.dropFirst())
        }
        return "M\((numbers.max() ?? 0) + 1)"
    }
}

extension MeasureValues.Entry {
    /// A list field by its key (`questions`).
    public func list(_ key: String) -> [String] {
        switch key {
        case "indicators": return indicators
        case "questions": return questions
        case "items": return items
        case "steps": return steps
        default: return units
        }
    }

    mutating func setList(_ key: String, _ value: [String]) {
        switch key {
        case "indicators": indicators = value
        case "questions": questions = value
        case "items": items = value
        case "steps": steps = value
        default: units = value
        }
    }

    /// A text field by its key (`title`).
    public func text(_ key: String) -> String {
        switch key {
        case "id": return id
        case "title": return title
        case "issue": return issue
        default: return period
        }
    }

    mutating func setText(_ key: String, _ value: String) {
        switch key {
        case "id": id = value
        case "title": title = value
        case "issue": issue = value
        default: period = value
        }
    }
}
