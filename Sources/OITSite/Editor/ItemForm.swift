import OITCheck
import OITLoad
import OITModel
import OITRender

/// The editor's form for one OIT item, made from the round's framework (title, sub-indicator,
/// required elements, period rule) and the year's entry (the values).
public struct ItemForm: Sendable {
    /// A required data element, numbered from 1 as `elements:` counts them.
    public struct Element: Sendable, Equatable {
        public var number: Int
        public var text: String
    }

    public var code: String
    public var title: String
    /// The sub-indicator's code and name (`9.1 ข้อมูลพื้นฐาน`), or the code alone.
    public var group: String
    public var elements: [Element]
    /// The period rule in words, with its dates.
    public var period: String
    /// The days an `updated:` date may fall on for the rule, when the rule bounds it.
    public var allowed: ClosedRange<CivilDate>?
    /// True for an item whose page shows the year's own analysis or progress (o42, o43 in 2566).
    public var holdsContent: Bool
    /// Whether the form offers `title:`, `group:` and `elements:` as texts: for a round the framework
    /// knows only in part, an item it does not list, or an entry that already says them.
    public var definesItem: Bool
    /// Whether the round's framework lists the item (the form then offers its own title and
    /// elements only as a correction, after the other fields).
    public var isListed: Bool
    public var values: ItemValues

    /// - Parameters:
    ///   - item: the item as the year is assessed on it (`YearAssessment.items`: the framework's,
    ///     completed by what the entry says of it).
    ///   - year: the fiscal year (พ.ศ.) of the entry.
    public init(item: FrameworkItem, framework: Framework, entry: ItemEntry?, year: Int, language: Language) {
        code = item.code
        title = item.title
        let groupName = framework.group(item.group)?.name
        group = groupName.map { "\(item.group) \($0)" } ?? item.group
        elements = item.elements.enumerated().map { Element(number: $0.offset + 1, text: $0.element) }
        let fiscal = FiscalYear(year)
        if !item.periodStated {
            period = language == .thai ? "เกณฑ์ของรอบนี้ไม่ได้ระบุช่วงเวลา" : "this round's criteria state no period"
        } else {
            period =
                language == .thai
                ? PeriodText.requirement(item.period, fiscal, digits: .arabic)
                : PeriodText.englishRequirement(item.period, fiscal)
        }
        allowed = item.periodStated && item.period == .inYear ? fiscal.start...fiscal.end : nil
        holdsContent = item.holds != nil
        values = ItemValues(entry, elementCount: item.elements.count)
        isListed = framework.items.contains { $0.code == item.code }
        definesItem = framework.partial || !isListed || !(entry?.definition.isEmpty ?? true)
    }

    /// The status choices in the form's order, each with its label in `language`.
    public static func statuses(in language: Language) -> [(value: String, label: String)] {
        ItemStatus.allCases.map { status in
            let thai = status.spellings.count > 1 ? status.spellings[1] : status.rawValue
            return (status.rawValue, language == .thai ? thai : english(status))
        }
    }

    private static func english(_ status: ItemStatus) -> String {
        switch status {
        case .done: return "done"
        case .inProgress: return "in progress"
        case .notStarted: return "not started"
        case .notApplicable: return "not applicable"
        }
    }
}
