import OITLoad

/// The agency as every page shows it, built once per agency.
package struct AgencyView: Encodable {
    package var name: String
    package var nameEnglish: String?
    package var kind: String?
    package var place: String
    package var website: String
    package var address: String?
    package var phone: String?
    package var fax: String?
    package var email: String?
    package var social: [LinkView]
    package var logo: String?
}
