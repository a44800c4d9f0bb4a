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
}
