/// The year's EIT survey as pages show it: the link, its QR code as inline SVG, the poster page
/// and, where the agency asks, the staff (IIT) link, which never gets a QR code.
struct SurveyView: Encodable {
    var year: String
    var eitURL: String
    /// Inline SVG, written by `QRCodeSVG`; the templates put it in unescaped.
    var qr: String
    /// The poster page, from the agency root.
    var poster: String
    var iitURL: String?

    /// Nil when the year has no ITAS code, or (never for an ITAS link) when the URL does not fit
    /// in a QR code: no page then shows an image that is not there.
    init?(_ context: YearContext) {
        guard let links = context.assessment.itas, let code = QRCode(encoding: links.eit) else { return nil }
        year = context.yearLabel
        eitURL = links.eit
        qr = QRCodeSVG.svg(code, label: PageText.eitQRLabel(agency: context.agency.profile.name, url: links.eit))
        poster = Route.eitPoster(year: context.year.year).href
        iitURL = links.showIIT ? links.iit : nil
    }
}
