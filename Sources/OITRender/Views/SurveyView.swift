import OITCheck
import OITLoad
import OITModel

/// The year's EIT survey as pages show it: the link, its QR code as inline SVG, the poster page
/// and, where the agency asks, the staff (IIT) link, which never gets a QR code.
package struct SurveyView: Encodable {
    package var year: String
    package var eitURL: String
    /// Inline SVG, written by `QRCodeSVG`; the templates put it in unescaped.
    package var qr: String
    /// The poster page, from the agency root.
    package var poster: String
    package var iitURL: String?

    /// Nil when the year has no ITAS code, or (never for an ITAS link) when the URL does not fit
    /// in a QR code: no page then shows an image that is not there.
    package init?(_ context: YearContext) {
        guard let links = context.assessment.itas, let code = QRCode(encoding: links.eit) else { return nil }
        year = context.yearLabel
        eitURL = links.eit
        qr = QRCodeSVG.svg(code, label: PageText.eitQRLabel(agency: context.agency.profile.name, url: links.eit))
        poster = Route.eitPoster(year: context.year.year).href
        iitURL = links.showIIT ? links.iit : nil
    }
}
