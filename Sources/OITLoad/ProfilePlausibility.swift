import OITModel

/// Values of `agency.yaml` that read well but cannot be the agency's own: the example `oit init`
/// wrote, and a province with no agency of that kind. Published as they are, they would put the
/// wrong name on every page an assessor opens.
package enum ProfilePlausibility {
    /// The example name `oit init` writes into `agency.yaml`.
    package static let placeholderName = "องค์การบริหารส่วนตำบลตัวอย่าง"

    /// Bangkok is governed as one special local administration: it has no subdistrict
    /// administrative organization (อบต.) and no municipality (เทศบาล).
    package static let bangkok: Set<String> = ["กรุงเทพมหานคร", "กรุงเทพฯ", "กรุงเทพ", "กทม."]
    package static let localKinds = ["องค์การบริหารส่วนตำบล", "อบต", "เทศบาล"]

    package static func check(
        name: Located<String>?, province: Located<String>?, kind: Located<String>?, _ context: LoadContext
    ) {
        if let name, name.value == placeholderName {
            context.diagnostics.warning(.fiscalYear(.placeholderValue(key: "name", value: name.value)), at: name.location)
        }
        guard let province, bangkok.contains(province.value) else { return }
        let kindText = kind?.value ?? ""
        let named = name?.value ?? ""
        guard let local = localKinds.first(where: { kindText.hasPrefix($0) || named.hasPrefix($0) }) else { return }
        context.diagnostics.warning(
            .fiscalYear(.provinceUnlikely(province: province.value, kind: local)), at: province.location)
    }
}
