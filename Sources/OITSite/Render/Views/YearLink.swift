/// A year of the agency, as the navigation and the home page list it.
struct YearLink {
    var label: String
    var href: String
    var round: String
    var percentDone: String
    var result: LinkView?
}
