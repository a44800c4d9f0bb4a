/// A year of the agency, as the navigation and the home page list it.
struct YearLink: Encodable {
    var label: String
    var href: String
    var round: String
    /// A year folder with only results (and analysis): listed as the results it holds, not as OIT.
    var resultsOnly: Bool
    /// Nil for a results-only year, which has no checklist.
    var percentDone: String?
    var result: LinkView?
}
