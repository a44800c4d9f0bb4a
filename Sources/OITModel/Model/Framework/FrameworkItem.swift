/// One OIT item of a round: its code, title, sub-indicator, required data elements and period rule.
public struct FrameworkItem: Sendable {
    /// What the item's page shows besides its evidence.
    public enum Holds: String, Sendable, CaseIterable, Choice {
        case analysis, progress
        package var spellings: [String] { [rawValue] }
    }

    /// A part the item plays for the whole site, independent of its code in the round.
    public enum Role: String, Sendable, CaseIterable, Choice {
        /// The agency's personal-data protection policy, which every public site must link.
        case privacyPolicy = "privacy-policy"
        /// The item that asks for the QR code of the EIT survey on the agency's site (o43 in
        /// 2566): its page shows the code the build makes from the agency's ITAS code.
        case eitQR = "eit-qr"
        package var spellings: [String] { [rawValue] }
    }

    public var code: String
    public var title: String
    public var group: String
    public var period: PeriodRule
    /// False when the framework file does not state a period rule: `period` is then `current`
    /// (no date check), and references say the rule is unknown.
    public var periodStated: Bool
    public var elements: [String]
    public var holds: Holds?
    public var role: Role?
    /// The element (from 1) that the role's content fulfils (`role_element:`): for `eit-qr`, the
    /// element asking for the QR code, shown when the build makes the code and never otherwise.
    public var roleElement: Int? = nil
    /// The public document or site the item's facts come from, by title or URL.
    public var source: String?
    public var confidence: Confidence?
    public var location: SourceLocation

    package init(
        code: String,
        title: String,
        group: String,
        period: PeriodRule,
        periodStated: Bool,
        elements: [String],
        holds: Holds? = nil,
        role: Role? = nil,
        roleElement: Int? = nil,
        source: String? = nil,
        confidence: Confidence? = nil,
        location: SourceLocation
    ) {
        self.code = code
        self.title = title
        self.group = group
        self.period = period
        self.periodStated = periodStated
        self.elements = elements
        self.holds = holds
        self.role = role
        self.roleElement = roleElement
        self.source = source
        self.confidence = confidence
        self.location = location
    }
}
