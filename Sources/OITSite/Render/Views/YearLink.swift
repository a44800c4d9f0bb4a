/// A year of the agency, as the navigation and the home page list it.
struct YearLink: Encodable {
    var label: String
    var href: String
    var round: String
    /// Nil for a results-only year, which has no checklist.
    var percentDone: String?
    var result: LinkView?
}
