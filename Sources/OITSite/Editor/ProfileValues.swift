import OITCheck
import OITLoad
import OITModel
import OITRender

/// The agency profile's text fields (`agency.yaml`) as the editor's form shows them, with the
/// edits for the ones that changed. The list and file fields (`social:`, `logo:`) are `ProfileLinks`.
public struct ProfileValues: Equatable, Sendable {
    /// The keys in the form's order, with their Thai and English labels; `name`, `province`,
    /// `website` and `base_url` are required by the build.
    public static let fields: [(key: String, thai: String, english: String)] = [
        ("name", "ชื่อหน่วยงาน", "Name"), ("name_en", "ชื่อภาษาอังกฤษ", "Name in English"),
        ("kind", "ประเภทหน่วยงาน", "Kind"), ("district", "อำเภอ", "District"), ("province", "จังหวัด", "Province"),
        ("website", "เว็บไซต์หลัก", "Main website"), ("base_url", "ที่อยู่ของหน้า OIT (base_url)", "OIT pages' address (base_url)"),
        ("address", "ที่อยู่", "Address"), ("phone", "โทรศัพท์", "Phone"), ("fax", "โทรสาร", "Fax"), ("email", "อีเมล", "Email"),
    ]

    public var values: [String: String]

    public init(_ profile: AgencyProfile?) {
        guard let profile else {
            values = [:]
            return
        }
        let pairs: [(String, String?)] = [
            ("name", profile.name), ("name_en", profile.nameEnglish), ("kind", profile.kind), ("district", profile.district),
            ("province", profile.province), ("website", profile.website), ("base_url", profile.baseURL),
            ("address", profile.address), ("phone", profile.phone), ("fax", profile.fax), ("email", profile.email),
        ]
        values = Dictionary(uniqueKeysWithValues: pairs.map { ($0.0, $0.1 ?? "") })
    }

    /// The values posted, trimmed; a field the post leaves out keeps its value.
    public func posted(_ fields: [String: [String]]) -> ProfileValues {
        var copy = self
        for field in Self.fields {
            if let value = fields[field.key]?.last { copy.values[field.key] = value.trimmingSpacesAndNewlines() }
        }
        return copy
    }

    /// Required fields left empty, by key, with the message.
    public func refusals(in language: Language) -> [String: String] {
        var found: [String: String] = [:]
        for key in ["name", "province", "website", "base_url"] where (values[key] ?? "").isEmpty {
            found[key] = language == .thai ? "ต้องกรอกช่องนี้" : "this field is required"
        }
        return found
    }

    /// One edit per changed field, in the form's order: empty removes the key.
    public func edits(to new: ProfileValues) -> [YAMLEdit] {
        Self.fields.compactMap { field in
            let before = values[field.key] ?? ""
            let after = new.values[field.key] ?? ""
            guard before != after else { return nil }
            return YAMLEdit(path: YAMLKeyPath([.key(field.key)]), value: after.isEmpty ? .remove : .scalar(after))
        }
    }
}
