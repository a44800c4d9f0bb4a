import OITLoad
import OITModel

/// The agency's ITAS code: written as ITAS gives it, and there for the item that asks for the QR
/// code made from it. The survey links are made here, once, for every page to show.
package enum ITASChecks {
    /// Reports a code that is not letters and digits (an error: the link would go to no survey)
    /// or not of the usual length (a warning: most likely a character too many or too few).
    package static func checkCode(_ code: Located<String>?, _ diagnostics: inout Diagnostics) {
        guard let code else { return }
        if !ITASLinks.isValid(code.value) {
            diagnostics.error(.itas(.invalidCode(code.value)), at: code.location)
        } else if code.value.count != ITASLinks.usualLength {
            diagnostics.warning(.itas(.unusualLength(code.value, usual: ITASLinks.usualLength)), at: code.location)
        }
    }

    /// The survey links of a year: from its own `itas_code:`, else the agency's. Nil without a
    /// valid code, and for a year without a checklist (the results of a past round, kept for
    /// comparison: no survey of that round is open to invite anyone to).
    package static func links(_ profile: AgencyProfile, _ year: AgencyYear) -> ITASLinks? {
        guard year.hasChecklist, let code = year.itasCode ?? profile.itasCode else { return nil }
        return ITASLinks(code: code.value, showIIT: profile.itasShowIIT)
    }

    /// Warns, at the item's entry (or the year when it has none), when the round's item that asks
    /// for the EIT survey's QR code is reported done or in progress and there is no code to make
    /// the QR code from. A code written but invalid has its own error; an item not started or not
    /// entered yet claims nothing (and a new year's scaffold builds clean under its CI check).
    package static func checkQRItem(
        _ year: AgencyYear, _ assessment: YearAssessment, _ profile: AgencyProfile, _ diagnostics: inout Diagnostics
    ) {
        guard year.hasChecklist, year.itasCode == nil, profile.itasCode == nil,
            let item = assessment.items.first(where: { $0.role == .eitQR }),
            let status = assessment.status(of: item.code), status == .done || status == .inProgress
        else { return }
        diagnostics.warning(.itas(.codeMissing(item: item.code)), at: year.entries[item.code]?.code.location ?? year.source)
    }
}
