import OITCheck
import OITLoad
import OITModel
import OITRender

/// The values of one item entry as the editor's form shows and posts them: text as typed, the
/// date in พ.ศ. (`15/03/2566`), elements as the numbers ticked. Two equal values mean no edit.
public struct ItemValues: Equatable, Sendable {
    /// One evidence entry: a title and either a web address or a file of the year folder.
    public struct Evidence: Equatable, Sendable {
        public var title: String
        public var url: String
        public var file: String

        public init(title: String, url: String = "", file: String = "") {
            self.title = title
            self.url = url
            self.file = file
        }
    }

    /// `ItemStatus.rawValue`; empty when the entry has none yet.
    public var status: String = ""
    public var updated: String = ""
    public var covers: String = ""
    public var unit: String = ""
    public var summary: String = ""
    public var reason: String = ""
    /// The element numbers ticked.
    public var elements: Set<Int> = []
    /// True when the entry's `elements:` are texts (an item the framework does not describe):
    /// they are all shown, and the form does not tick them.
    public var elementsAreTexts = false
    public var evidence: [Evidence] = []
    public var body: String = ""
    /// What the entry says of the item itself (`title:`, `group:`, `elements:` as texts, one per
    /// line here), for a round whose framework does not list the item or words it differently.
    public var definitionTitle: String = ""
    public var definitionGroup: String = ""
    public var definitionElements: String = ""

    public init() {}

    /// The values of `entry` (nil: an item without an entry yet), with `count` elements known.
    public init(_ entry: ItemEntry?, elementCount: Int) {
        guard let entry else { return }
        status = entry.status.rawValue
        updated = entry.updated.map { BuddhistDateInput.format($0.value) } ?? ""
        covers = entry.covers.map { Self.text(of: $0.value) } ?? ""
        unit = entry.unit ?? ""
        summary = entry.summary ?? ""
        reason = entry.reason ?? ""
        switch entry.elements {
        case .all: elements = elementCount > 0 ? Set(1...elementCount) : []
        case .some(let numbers): elements = Set(numbers.map(\.value))
        }
        elementsAreTexts = entry.definition.elements != nil
        evidence = entry.evidence.map { item in
            switch item.target {
            case .url(let url): return Evidence(title: item.title, url: url)
            case .file(let file): return Evidence(title: item.title, file: file)
            }
        }
        body = entry.body ?? ""
        definitionTitle = entry.definition.title?.value ?? ""
        definitionGroup = entry.definition.group?.value ?? ""
        definitionElements = entry.definition.elements?.joined(separator: "\n") ?? ""
    }

    /// The element texts typed for an item the framework does not describe, one per line.
    public var definitionElementList: [String] {
        definitionElements.split(whereSeparator: \.isNewline).map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
    }

    /// A period as the content writes it: fiscal years (`2566-2570`) or ISO dates (`a..b`).
    static func text(of coverage: Coverage) -> String {
        if let years = coverage.fiscalYears {
            return years.lowerBound == years.upperBound ? "\(years.lowerBound)" : "\(years.lowerBound)-\(years.upperBound)"
        }
        return "\(coverage.start)..\(coverage.end)"
    }
}
