import Foundation

/// One agency: its profile and the fiscal years it publishes.
public struct Agency: Sendable {
    /// The agency's folder name, used as its folder in the output.
    public var slug: String
    public var folder: URL
    public var profile: AgencyProfile
    public var years: [AgencyYear]

    public func year(_ number: Int) -> AgencyYear? { years.first { $0.year == number } }
}

public struct AgencyProfile: Sendable {
    public var name: String
    public var nameEnglish: String?
    public var kind: String?
    public var district: String?
    public var province: String
    public var website: String
    /// Where the generated site is served; canonical links and the sitemap use it.
    public var baseURL: String
    public var address: String?
    public var phone: String?
    public var fax: String?
    public var email: String?
    public var social: [SocialLink]
    /// A file in the agency folder, relative to it.
    public var logo: String?
    public var digits: DigitStyle
    public var source: SourceLocation
}

public struct SocialLink: Sendable {
    public var name: String
    public var url: String
}

public enum DigitStyle: String, Sendable, CaseIterable, Choice {
    case arabic, thai
    var spellings: [String] { self == .arabic ? ["arabic", "อารบิก"] : ["thai", "ไทย"] }
}

/// One fiscal year of an agency: the round that applies and everything published for it.
public struct AgencyYear: Sendable {
    public var year: Int
    public var folder: URL
    public var round: Located<Int>
    /// Item entries by code, in framework order once checked.
    public var entries: [String: ItemEntry]
    public var results: Results?
    public var analysis: Analysis?
    public var measures: [Measure]
    public var reports: [ProgressReport]
    public var source: SourceLocation

    public var fiscalYear: FiscalYear { FiscalYear(year) }
}
