/// A social-network page of the agency.
public struct SocialLink: Sendable {
    public var name: String
    public var url: String

    package init(name: String, url: String) {
        self.name = name
        self.url = url
    }
}
