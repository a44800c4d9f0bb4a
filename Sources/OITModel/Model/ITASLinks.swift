/// The agency's two survey links in ITAS, the NACC's assessment system, for one round: the EIT
/// (people who use its services) and the IIT (its staff). Both follow one pattern from the code
/// ITAS gives the agency, so the content names the code once and the links are made here, never
/// typed (a typed link is one more place for a typo that sends people to someone else's survey).
public struct ITASLinks: Sendable, Equatable {
    /// The agency's code in ITAS (`u4gpi2`), as written.
    public let code: String
    /// `https://itas.nacc.go.th/go/eit/<code>`: the external survey, which the QR code carries.
    public let eit: String
    /// `https://itas.nacc.go.th/go/iit/<code>`: the staff survey.
    public let iit: String
    /// Whether pages show the staff link (`itas_show_iit: true`); it is never shown as a QR code.
    public let showIIT: Bool

    package static let base = "https://itas.nacc.go.th/go/"

    /// Nil when `code` is not a valid ITAS code.
    public init?(code: String, showIIT: Bool) {
        guard Self.isValid(code) else { return nil }
        self.code = code
        eit = Self.base + "eit/" + code
        iit = Self.base + "iit/" + code
        self.showIIT = showIIT
    }

    /// The codes ITAS gives are six ASCII letters and digits (`u4gpi2`, `6bq910`); anything else
    /// would make a link to no survey, or a link that leaves the ITAS path.
    public static func isValid(_ code: String) -> Bool {
        !code.isEmpty && code.utf8.allSatisfy { isLetterOrDigit($0) }
    }

    /// The length of every code seen in ITAS links; another length is most likely a typing slip.
    public static let usualLength = 6

    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }
}
