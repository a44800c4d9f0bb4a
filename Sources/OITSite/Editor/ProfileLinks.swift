import OITCheck
import OITLoad
import OITModel
import OITRender

/// The profile's list and file fields (`social:` and `logo:` of `agency.yaml`) as the editor's
/// form posts them, beside the text fields of `ProfileValues`: the social links added, removed
/// and reordered, and the logo kept, removed or replaced by an upload (`LogoStore`).
public struct ProfileLinks: Equatable, Sendable {
    public struct Link: Equatable, Sendable {
        public var name: String
        public var url: String

        public init(name: String, url: String) {
            self.name = name
            self.url = url
        }
    }

    public var social: [Link]
    /// The logo's path in the agency folder; empty when there is none.
    public var logo: String

    public init(_ profile: AgencyProfile?) {
        social = (profile?.social ?? []).map { Link(name: $0.name, url: $0.url) }
        logo = profile?.logo ?? ""
    }

    /// The values posted: `social-count`, each kept link's `social-N-name`/`-url` (and
    /// `social-N-remove`), an `action` `social-up-N`/`social-down-N`, the new link
    /// `social-new-name`/`-url`, and `logo-remove`. A form that posts no `social-count` keeps
    /// the list. Refusals by field id (`social-2`, `social-new`).
    public func posted(_ fields: [String: [String]], language: Language) -> (links: ProfileLinks, refusals: [String: String]) {
        var copy = self
        var refusals: [String: String] = [:]
        func value(_ name: String) -> String { (fields[name]?.last ?? "").trimmingSpacesAndNewlines() }
        if fields["social-count"] != nil {
            let count = min(Int(value("social-count")) ?? 0, 200)
            var list: [(index: Int, link: Link)] = []
            for index in 0..<count where fields["social-\(index)-remove"] == nil {
                let link = Link(name: value("social-\(index)-name"), url: value("social-\(index)-url"))
                if let problem = Self.refusal(link, language) { refusals["social-\(index)"] = problem }
                list.append((index, link))
            }
            if let move = FormInput.move(value("action"), prefix: "social"),
                let position = list.firstIndex(where: { $0.index == move.index }),
                list.indices.contains(position + move.step)
            {
                list.swapAt(position, position + move.step)
            }
            copy.social = list.map(\.link)
            let new = Link(name: value("social-new-name"), url: value("social-new-url"))
            if !new.name.isEmpty || !new.url.isEmpty {
                if let problem = Self.refusal(new, language) { refusals["social-new"] = problem }
                copy.social.append(new)
            }
        }
        if fields["logo-remove"] != nil { copy.logo = "" }
        return (copy, refusals)
    }

    /// One edit per changed field: the whole `social:` list when it changed, `logo:` when it did.
    public func edits(to new: ProfileLinks) -> [YAMLEdit] {
        var edits: [YAMLEdit] = []
        if social != new.social {
            let list = new.social.map { link in
                YAMLEditValue.mapping([
                    YAMLEditPair(key: "name", value: .scalar(link.name)), YAMLEditPair(key: "url", value: .scalar(link.url)),
                ])
            }
            edits.append(YAMLEdit(path: YAMLKeyPath([.key("social")]), value: list.isEmpty ? .remove : .sequence(list)))
        }
        if logo != new.logo {
            edits.append(YAMLEdit(path: YAMLKeyPath([.key("logo")]), value: new.logo.isEmpty ? .remove : .scalar(new.logo)))
        }
        return edits
    }
    /// A link needs a name (the build requires it) and a web address starting with http(s).
    static func refusal(_ link: Link, _ language: Language) -> String? {
        let th = language == .thai
        if link.name.isEmpty { return th ? "ใส่ชื่อช่องทาง เช่น Facebook" : "give the link a name, e.g. Facebook" }
        let lower = link.url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), link.url.count > 8,
            !link.url.contains(where: { $0.isWhitespace })
        else {
            return th ? "ที่อยู่เว็บต้องขึ้นต้นด้วย https:// และไม่มีช่องว่าง" : "a web address starts with https:// and has no spaces"
        }
        return nil
    }
}
