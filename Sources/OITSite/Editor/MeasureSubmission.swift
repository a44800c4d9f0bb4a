import OITCheck
import OITLoad
import OITModel
import OITRender

/// What a posted measures form asks for: the new list, checked before anything is written. A
/// measure without id or title (the build would drop it), an id used twice, and a question,
/// indicator or item code the round's framework does not know are refused beside their field.
public struct MeasureSubmission: Sendable {
    public var values: MeasureValues
    /// The new measure's fields as typed, shown again when the form is refused.
    public var added: MeasureValues.Entry
    /// Messages by field id (`measure-2-questions`, `measure-new-title`), in the clerk's language.
    public var refusals: [String: String] = [:]

    /// The frameworks codes are checked against, as `oit check` checks them: questions and
    /// indicators against the round the measures answer (`addressing`, the previous year's),
    /// items against the year's own round or that one.
    public struct Rounds: Sendable {
        public var own: Framework
        public var addressing: Framework

        public init(own: Framework, addressing: Framework) {
            self.own = own
            self.addressing = addressing
        }
    }

    /// - Parameters:
    ///   - fields: the posted fields, each name with its values in order.
    ///   - rounds: nil when the year's round is unknown: codes are then left to the build's check.
    public init(fields: [String: [String]], old: MeasureValues, rounds: Rounds?, language: Language) {
        let count = min(Int(fields["m-count"]?.last ?? "") ?? 0, 500)
        var list = (0..<count).map { Self.entry(fields, prefix: "m-\($0)-") }
        let action = fields["action"]?.last ?? "save"
        if let index = Self.index(action, "remove-"), list.indices.contains(index) { list.remove(at: index) }
        for (prefix, step) in [("up-", -1), ("down-", 1)] {
            if let index = Self.index(action, prefix), list.indices.contains(index), list.indices.contains(index + step) {
                list.swapAt(index, index + step)
            }
        }
        added = Self.entry(fields, prefix: "m-new-")
        added.origin = nil
        values = MeasureValues()
        let th = language == .thai
        if action == "add" || !added.isBlank {
            if added.title.isEmpty {
                refusals["measure-new-title"] = th ? "ใส่ชื่อมาตรการใหม่" : "give the new measure a title"
            }
            if added.id.isEmpty {
                refusals["measure-new-id"] = th ? "ใส่รหัสมาตรการใหม่ เช่น M1" : "give the new measure an id, e.g. M1"
            }
            if refusals.isEmpty { list.append(added) }
        }
        values.measures = list
        for (position, entry) in list.enumerated() {
            check(entry, at: position, among: list, rounds: rounds, language)
        }
    }

    /// One measure's posted fields; list fields one entry a line (codes also split at commas).
    private static func entry(_ fields: [String: [String]], prefix: String) -> MeasureValues.Entry {
        var entry = MeasureValues.Entry()
        for key in ["id", "title", "issue", "period"] {
            let typed = (fields[prefix + key]?.last ?? "").replacingOccurrences(of: "\r\n", with: "\n")
            entry.setText(key, typed.trimmingSpacesAndNewlines())
        }
        for field in MeasureValues.listKeys {
            let typed = fields[prefix + field.key]?.last ?? ""
            let codes = ["indicators", "questions", "items"].contains(field.key)
            entry.setList(field.key, lines(typed, splittingCommas: codes))
        }
        entry.origin = Int(fields[prefix + "origin"]?.last ?? "")
        return entry
    }

    /// The non-empty lines of a text area, trimmed.
    static func lines(_ text: String, splittingCommas: Bool) -> [String] {
        // A browser posts a text area's lines with CRLF, which Swift reads as one Character.
        let unified = text.replacingOccurrences(of: "\r\n", with: "\n")
        let separators: Set<Character> = splittingCommas ? ["\n", "\r", ","] : ["\n", "\r"]
        return unified.split(whereSeparator: { separators.contains($0) }).map { String($0).trimmingSpacesAndNewlines() }
            .filter { !$0.isEmpty }
    }

    /// `remove-3` → 3 for prefix `remove-`.
    private static func index(_ action: String, _ prefix: String) -> Int? {
        guard action.hasPrefix(prefix) else { return nil }
        return Int(action.dropFirst(prefix.count))
    }

    private mutating func check(
        _ entry: MeasureValues.Entry, at position: Int, among list: [MeasureValues.Entry], rounds: Rounds?, _ language: Language
    ) {
        let th = language == .thai
        let key = "measure-\(position)"
        if entry.id.isEmpty {
            refusals["\(key)-id"] = th ? "ใส่รหัสมาตรการ เช่น M1" : "give the measure an id, e.g. M1"
        } else if let first = list.firstIndex(where: { $0.id == entry.id }), first != position {
            refusals["\(key)-id"] =
                th ? "รหัส \(entry.id) ซ้ำกับมาตรการที่ \(first + 1)" : "the id \(entry.id) is that of measure \(first + 1) already"
        }
        if entry.title.isEmpty { refusals["\(key)-title"] = th ? "ใส่ชื่อมาตรการ" : "give the measure a title" }
        guard let rounds else { return }
        let problems = Self.codeProblems(entry, rounds: rounds)
        for (field, message) in problems { refusals["\(key)-\(field)"] = message.text(in: language) }
    }

    /// The first unknown code of each code list, as the build's check words it.
    static func codeProblems(_ entry: MeasureValues.Entry, rounds: Rounds) -> [String: Message] {
        let nowhere = SourceLocation(file: "", line: 1, column: 1)
        var problems: [String: Message] = [:]
        func first(_ codes: [String], _ checking: (Located<String>, inout Diagnostics) -> Void) -> Message? {
            for code in codes {
                var diagnostics = Diagnostics()
                checking(Located(code, at: nowhere), &diagnostics)
                if let error = diagnostics.all.first(where: { $0.severity == .error }) { return error.message }
            }
            return nil
        }
        problems["indicators"] = first(entry.indicators) { References.checkIndicator($0, rounds.addressing, &$1) }
        problems["questions"] = first(entry.questions) { References.checkQuestion($0, rounds.addressing, &$1) }
        // As `MeasureChecks`: an item of either round is known; in a partial round an unknown one
        // is only a warning, so it is saved.
        let framework = rounds.own
        problems["items"] = first(entry.items) { code, diagnostics in
            guard framework.item(code.value) == nil, rounds.addressing.item(code.value) == nil, !framework.partial else { return }
            let suggestion = Spelling.closest(to: code.value, among: framework.items.map(\.code))
            diagnostics.error(.unknownItem(code.value, round: framework.round, suggestion: suggestion), at: code.location)
        }
        return problems
    }
}
