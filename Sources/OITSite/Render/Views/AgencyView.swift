/// The agency as every page shows it, built once per agency.
struct AgencyView: Encodable {
    var name: String
    var nameEnglish: String?
    var kind: String?
    var place: String
    var website: String
    var address: String?
    var phone: String?
    var fax: String?
    var email: String?
    var social: [LinkView]
    var logo: String?
}
