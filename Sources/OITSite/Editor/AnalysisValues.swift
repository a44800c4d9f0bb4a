import OITCheck
import OITLoad
import OITModel
import OITRender

/// The values of `analysis.yaml` as the editor's form shows and posts them, all as text: the
/// threshold as typed, Markdown as written, each entry's steps one per line. Two equal values
/// mean no edit (`AnalysisEdits`).
public struct AnalysisValues: Equatable, Sendable {
    /// One entry of `entries:`: what it is about, then the documented fields.
    public struct Entry: Equatable, Sendable {
        /// The entry's position in the file; nil for an entry the form adds.
        public var origin: Int?
        /// `indicator`, `question`, or empty for the analysis as a whole.
        public var kind: String = ""
        public var code: String = ""
        public var issue: String = ""
        /// Markdown.
        public var analysis: String = ""
        /// One step per line.
        public var steps: String = ""
        public var period: String = ""
        public var unit: String = ""
        public var measure: String = ""

        public init(origin: Int? = nil) { self.origin = origin }

        /// The text fields the file writes as plain `key: value`, in the documented order.
        public static let texts = ["issue", "analysis", "period", "unit", "measure"]

        public subscript(text key: String) -> String {
            get {
                switch key {
                case "issue": return issue
                case "analysis": return analysis
                case "period": return period
                case "unit": return unit
                default: return measure
                }
            }
            set {
                switch key {
                case "issue": issue = newValue
                case "analysis": analysis = newValue
                case "period": period = newValue
                case "unit": unit = newValue
                default: measure = newValue
                }
            }
        }

        /// True when the clerk typed nothing into it (the blank "new entry" of the form).
        public var isBlank: Bool {
            kind.isEmpty && code.isEmpty && steps.isEmpty && Self.texts.allSatisfy { self[text: $0].isEmpty }
        }
    }

    public var threshold: String = ""
    public var summary: String = ""
    public var entries: [Entry] = []
    /// Text by topic (`staff`, `budget`, …; `Constraint.Topic`).
    public var constraints: [String: String] = [:]

    public init() {}

    /// The values as `file` holds them (all empty for a file not written yet).
    public init(_ file: ContentYAML) {
        threshold = ContentYAML.text(file.node("threshold"))
        summary = ContentYAML.text(file.node("summary"))
        if let list = file.node("entries"), case .sequence(let items) = list.value {
            entries = items.enumerated().map { index, node in Self.entry(node, origin: index) }
        }
        for topic in Constraint.Topic.allCases {
            constraints[topic.rawValue] = ContentYAML.text(file.node("constraints.\(topic.rawValue)"))
        }
    }

    private static func entry(_ node: YAMLNode, origin: Int) -> Entry {
        var entry = Entry(origin: origin)
        let pairs = ContentYAML.pairs(node)
        func value(_ key: String) -> String { ContentYAML.text(pairs.first { $0.key == key }?.value) }
        if pairs.contains(where: { $0.key == "indicator" }) {
            (entry.kind, entry.code) = ("indicator", value("indicator"))
        } else if pairs.contains(where: { $0.key == "question" }) {
            (entry.kind, entry.code) = ("question", value("question"))
        }
        for key in Entry.texts { entry[text: key] = value(key) }
        entry.steps = value("steps")
        return entry
    }
}
