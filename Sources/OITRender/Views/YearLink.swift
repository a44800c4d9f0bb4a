import OITCheck
import OITLoad
import OITModel

/// A year of the agency, as the navigation and the home page list it.
package struct YearLink: Encodable {
    package var label: String
    package var href: String
    package var round: String
    /// A year folder with only results (and analysis): listed as the results it holds, not as OIT.
    package var resultsOnly: Bool
    /// Nil for a results-only year, which has no checklist.
    package var percentDone: String?
    package var result: LinkView?
}
