import OITCheck
import OITLoad
import OITModel
import OITRender

/// What a posted analysis form asks for: the new values, checked before anything is written. A
/// threshold that is no score from 0 to 100, or an entry whose subject does not read as an
/// indicator number or a question code, is refused with its field named.
public struct AnalysisSubmission: Sendable {
    public var values: AnalysisValues
    /// Messages by field id (`threshold`, `e-2-code`), in the clerk's language.
    public var refusals: [String: String]
    /// Where each posted entry (`e-3-…`) is in `values.entries` (entries removed before it move
    /// it up); the new entry (`e-new-…`) is under -1 when it was kept.
    public var positions: [Int: Int] = [:]

    /// - Parameters:
    ///   - fields: the posted fields, each name with its values in order.
    ///   - old: the values the form was made from (for fields a form leaves out).
    public init(fields: [String: [String]], old: AnalysisValues, language: Language) {
        var values = old
        var refusals: [String: String] = [:]
        let th = language == .thai
        if let typed = fields["threshold"]?.last {
            do {
                values.threshold = try ScoreInput.parse(typed) ?? ""
            } catch {
                values.threshold = typed
                refusals["threshold"] = error.text(in: language)
            }
        }
        if let summary = fields["summary"]?.last { values.summary = Self.markdown(summary) }
        for topic in Constraint.Topic.allCases {
            if let text = fields["c-\(topic.rawValue)"]?.last { values.constraints[topic.rawValue] = Self.markdown(text) }
        }
        if fields["e-count"] != nil {
            (values.entries, positions) = Self.entries(fields)
            for (index, entry) in values.entries.enumerated() {
                if let problem = Self.subjectRefusal(entry, th: th) { refusals["e-\(index)-code"] = problem }
            }
        }
        self.values = values
        self.refusals = refusals
    }

    /// Markdown as stored: line ends as `\n` (a browser posts `\r\n`), trimmed, and a text of
    /// several lines ends with a newline (a `|` block).
    public static func markdown(_ posted: String) -> String {
        let text = posted.replacingOccurrences(of: "\r\n", with: "\n").trimmingSpacesAndNewlines()
        return text.contains("\n") ? text + "\n" : text
    }

    /// The entries as posted, in order, without those ticked for removal, one moved when a move
    /// button was pressed, and the new entry at the end when anything was typed into it.
    private static func entries(_ fields: [String: [String]]) -> ([AnalysisValues.Entry], [Int: Int]) {
        let count = Int(fields["e-count"]?.last ?? "") ?? 0
        var list: [(index: Int, entry: AnalysisValues.Entry)] = []
        for index in 0..<min(count, 1000) where fields["e-\(index)-remove"] == nil {
            list.append((index, entry(fields, prefix: "e-\(index)-")))
        }
        if let action = fields["action"]?.last, case let (from, step)? = FormInput.move(action),
            let position = list.firstIndex(where: { $0.index == from }), list.indices.contains(position + step)
        {
            list.swapAt(position, position + step)
        }
        let added = entry(fields, prefix: "e-new-")
        var positions = Dictionary(uniqueKeysWithValues: list.enumerated().map { ($0.element.index, $0.offset) })
        if !added.isBlank { positions[-1] = list.count }
        return (list.map(\.entry) + (added.isBlank ? [] : [added]), positions)
    }

    private static func entry(_ fields: [String: [String]], prefix: String) -> AnalysisValues.Entry {
        func value(_ key: String) -> String { (fields[prefix + key]?.last ?? "").trimmingSpacesAndNewlines() }
        var entry = AnalysisValues.Entry(origin: Int(value("origin")))
        entry.kind = ["indicator", "question"].contains(value("kind")) ? value("kind") : ""
        entry.code = Digits.arabic(value("code"))
        for key in AnalysisValues.Entry.texts {
            entry[text: key] = key == "analysis" ? markdown(fields[prefix + key]?.last ?? "") : value(key)
        }
        entry.steps = value("steps").replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n")
            .map { $0.trimmingSpacesAndNewlines() }.filter { !$0.isEmpty }.joined(separator: "\n")
        return entry
    }

    /// Why an entry's subject cannot be written, nil when it can.
    private static func subjectRefusal(_ entry: AnalysisValues.Entry, th: Bool) -> String? {
        switch entry.kind {
        case "indicator":
            guard entry.code.wholeMatch(of: /[0-9]+(\.[0-9]+)?/) != nil else {
                return th ? "ตัวชี้วัดเขียนเป็นตัวเลข เช่น 1 หรือ 9.4" : "write the indicator as a number, e.g. 1 or 9.4"
            }
        case "question":
            guard entry.code.wholeMatch(of: /[a-zA-Z]+[0-9]+/) != nil else {
                return th ? "ข้อคำถามเขียนเป็นรหัส เช่น i3 e5 หรือ o12" : "write the question as its code, e.g. i3, e5 or o12"
            }
        default:
            guard entry.code.isEmpty else {
                return th ? "เลือกว่าเป็นตัวชี้วัดหรือข้อคำถาม" : "choose whether this is an indicator or a question"
            }
        }
        return nil
    }
}
