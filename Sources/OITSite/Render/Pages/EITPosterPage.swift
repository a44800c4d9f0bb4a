/// An A4 poster of the EIT survey's QR code, which agencies print for their service counters:
/// the agency's name and logo, the fiscal year, the code large, and its address to type.
struct EITPosterPage: PageModel {
    static let template = "eit-poster"

    var survey: SurveyView
    /// The year's overview, to go back to.
    var overview: String
}
