/// A limit the agency names in its analysis (staff, budget, …).
public struct Constraint: Sendable {
    public enum Topic: String, Sendable, CaseIterable {
        case staff, budget, technology, area, economy
    }

    public var topic: Topic
    public var text: String

    package init(topic: Topic, text: String) {
        self.topic = topic
        self.text = text
    }
}
