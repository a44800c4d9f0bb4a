/// A link or a file that shows the item's content.
public struct Evidence: Sendable {
    public enum Target: Sendable, Equatable {
        case url(String)
        /// A path relative to the year folder; copied to the same path in the output.
        case file(String)
    }

    public var title: String
    public var target: Target
    public var location: SourceLocation

    package init(title: String, target: Target, location: SourceLocation) {
        self.title = title
        self.target = target
        self.location = location
    }
}
