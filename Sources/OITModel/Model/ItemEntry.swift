/// What an agency publishes for one OIT item in one year.
public struct ItemEntry: Sendable {
    public var code: Located<String>
    public var status: ItemStatus
    public var updated: Located<CivilDate>?
    public var unit: String?
    public var covers: Located<Coverage>?
    public var elements: ElementConfirmation
    public var summary: String?
    public var evidence: [Evidence]
    public var body: String?
    public var reason: String?
    /// The item's title, group and required elements as the content gives them: they complete a
    /// partial framework (an item it does not list) or correct the framework's wording.
    public var definition: ItemDefinition
    /// Keys written with a value that was reported as wrong (`updated`, `covers`): the period
    /// check does not report them again as missing.
    public var rejected: Set<String> = []

    package init(
        code: Located<String>,
        status: ItemStatus,
        updated: Located<CivilDate>? = nil,
        unit: String? = nil,
        covers: Located<Coverage>? = nil,
        elements: ElementConfirmation,
        summary: String? = nil,
        evidence: [Evidence],
        body: String? = nil,
        reason: String? = nil,
        definition: ItemDefinition,
        rejected: Set<String> = []
    ) {
        self.code = code
        self.status = status
        self.updated = updated
        self.unit = unit
        self.covers = covers
        self.elements = elements
        self.summary = summary
        self.evidence = evidence
        self.body = body
        self.reason = reason
        self.definition = definition
        self.rejected = rejected
    }
}
