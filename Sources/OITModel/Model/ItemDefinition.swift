/// What an item entry says about the item itself (`title:`, `group:`, `elements:` as texts), for
/// rounds whose framework does not list the item or words it differently.
public struct ItemDefinition: Sendable {
    public var title: Located<String>?
    public var group: Located<String>?
    /// The required data elements, when the entry lists them as texts rather than numbers.
    public var elements: [String]?

    public init(title: Located<String>? = nil, group: Located<String>? = nil, elements: [String]? = nil) {
        self.title = title
        self.group = group
        self.elements = elements
    }

    public var isEmpty: Bool { title == nil && group == nil && elements == nil }
}
