import OITLoad

/// An A4 poster of the EIT survey's QR code, which agencies print for their service counters:
/// the agency's name and logo, the fiscal year, the code large, and its address to type.
package struct EITPosterPage: PageModel {
    package static let template = "eit-poster"

    package var survey: SurveyView
    /// The year's overview, to go back to.
    package var overview: String
}
