/// A result label (ผ่านดีเยี่ยม, ผ่านดี, …): the overall score must reach `min`, and, when
/// `everyToolMin` is set, every tool's score must reach it too.
public struct PassLabel: Sendable {
    public var label: String
    public var min: Double
    public var everyToolMin: Double?

    package init(label: String, min: Double, everyToolMin: Double? = nil) {
        self.label = label
        self.min = min
        self.everyToolMin = everyToolMin
    }
}
