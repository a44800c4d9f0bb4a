import Foundation

/// One agency: its profile and the fiscal years it publishes.
public struct Agency: Sendable {
    /// The agency's folder name, used as its folder in the output.
    public var slug: String
    public var folder: URL
    public var profile: AgencyProfile
    public var years: [AgencyYear]

    public func year(_ number: Int) -> AgencyYear? { years.first { $0.year == number } }

    package init(slug: String, folder: URL, profile: AgencyProfile, years: [AgencyYear]) {
        self.slug = slug
        self.folder = folder
        self.profile = profile
        self.years = years
    }
}
