import OITCheck
import OITLoad
import OITModel
import OITRender

/// The editor's form for `results.yaml`: one field per score the round's framework names
/// (indicators, tools, questions, each with its title), the figures the agency was told
/// (`stated:`), and any other score the file already holds, so nothing in it is hidden.
public struct ResultsForm: Sendable {
    public enum Section: String, Sendable, CaseIterable {
        case indicators, tools, questions, stated
    }

    /// One input: its key path in the file (`indicators.1`, `stated.label`) and its label.
    public struct Field: Sendable, Equatable {
        public var path: String
        public var section: Section
        /// The code the file writes (`1`, `i3`, `IIT`, `overall`).
        public var code: String
        /// The framework's title (`การปฏิบัติหน้าที่`), empty when the round does not name it.
        public var title: String
        public var numeric: Bool
    }

    public var fields: [Field]
    /// The text of each field by path, as the file holds it (or as a refused post typed it).
    public var values: [String: String]

    /// - Parameters:
    ///   - framework: the round named by the year folder; nil when the content has none for it.
    ///   - file: the file as written (empty when it does not exist yet).
    public init(framework: Framework?, file: ContentYAML) {
        var fields: [Field] = []
        func add(_ section: Section, _ known: [(code: String, title: String)], numeric: Bool = true) {
            let written = ContentYAML.pairs(file.node(section.rawValue)).map(\.key)
            let codes = known.map(\.code)
            let extra = written.filter { !codes.contains($0) && !(section == .stated && Self.statedTexts.contains($0)) }
            for (code, title) in known + extra.map({ (code: $0, title: "") }) {
                fields.append(
                    Field(path: "\(section.rawValue).\(code)", section: section, code: code, title: title, numeric: numeric))
            }
        }
        let indicators = (framework?.indicators ?? []).sorted { $0.number < $1.number }
        add(.indicators, indicators.map { (String($0.number), $0.name) })
        let tools: [(code: String, title: String)] = (framework?.tools ?? []).map { ($0.code, $0.name) }
        add(.tools, tools)
        add(.questions, (framework?.questions ?? []).map { ($0.code, $0.text) })
        add(.stated, [("overall", "")] + tools)
        for code in Self.statedTexts {
            fields.append(Field(path: "stated.\(code)", section: .stated, code: code, title: "", numeric: false))
        }
        self.fields = fields
        values = Dictionary(uniqueKeysWithValues: fields.map { ($0.path, ContentYAML.text(file.node($0.path))) })
    }

    /// The keys of `stated:` that are text, not scores.
    static let statedTexts = ["grade", "label"]

    /// The values posted, each checked: a score that is not a number from 0 to 100 is refused
    /// (by path, with the message); Thai digits become Arabic. A field the post leaves out keeps
    /// its value.
    public func posted(_ posted: [String: [String]], language: Language) -> (values: [String: String], refusals: [String: String])
    {
        var values = self.values
        var refusals: [String: String] = [:]
        for field in fields {
            guard let typed = posted[field.path]?.last else { continue }
            guard field.numeric else {
                values[field.path] = typed.trimmingSpacesAndNewlines()
                continue
            }
            do {
                values[field.path] = try ScoreInput.parse(typed) ?? ""
            } catch {
                values[field.path] = typed
                refusals[field.path] = error.text(in: language)
            }
        }
        return (values, refusals)
    }

    /// One edit per field whose value changed (`74.2` and `74.20` are the same score); an emptied
    /// field removes its key.
    public func edits(to new: [String: String]) -> [YAMLEdit] {
        fields.compactMap { field in
            let before = values[field.path] ?? ""
            let after = new[field.path] ?? ""
            guard field.numeric ? !ScoreInput.same(before, after) : before != after else { return nil }
            let path = YAMLKeyPath([.key(field.section.rawValue), .key(field.code)])
            return YAMLEdit(path: path, value: after.isEmpty ? .remove : .scalar(after))
        }
    }
}
