import Foundation
import OITModel

/// Loads one agency folder: `agency.yaml` and every fiscal-year folder in it.
package enum AgencyLoader {
    package static func load(_ folder: URL, _ context: LoadContext) -> Agency? {
        let slug = folder.lastPathComponent
        if !isValidSlug(slug) {
            context.diagnostics.error(.invalidFolderName(slug), at: .file(context.sourcePath(folder)))
        }
        let profileURL = folder.appending(path: "agency.yaml")
        guard ContentFolder.exists(profileURL, directory: false) else {
            context.diagnostics.error(.missingFile(context.sourceFile(profileURL)), at: .file(context.sourcePath(folder)))
            return nil
        }
        let profile = loadProfile(profileURL, folder: folder, context)
        var years: [AgencyYear] = []
        for sub in ContentFolder.subfolders(of: folder, context) {
            let name = sub.lastPathComponent
            guard let year = Int(name), name.count == 4, year > CivilDate.buddhistEraThreshold else {
                if let christianYear = Int(name), name.count == 4 {
                    // A Christian-era year: its content would be lost, so the build stops and says which folder name to use.
                    context.diagnostics.error(
                        .christianEraYearFolder(name, buddhistYear: christianYear + CivilDate.buddhistEraOffset),
                        at: .file(context.sourcePath(sub)))
                } else {
                    context.diagnostics.warning(.strayFolder(name), at: .file(context.sourcePath(sub)))
                }
                continue
            }
            if let loaded = YearLoader.load(sub, year: year, context) { years.append(loaded) }
        }
        guard let profile else { return nil }
        return Agency(slug: slug, folder: folder, profile: profile, years: years)
    }

    /// Folder names become URL path segments: keep them plain.
    package static func isValidSlug(_ name: String) -> Bool {
        !name.isEmpty && name.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    package static func loadProfile(_ url: URL, folder: URL, _ context: LoadContext) -> AgencyProfile? {
        context.readMapping(url) { map in
            let name = map.text("name", required: true)
            let province = map.text("province", required: true)
            let website = map.url("website", required: true)
            let baseURL = map.url("base_url")
            let social = map.mappings("social") { link -> SocialLink? in
                guard let name = link.text("name", required: true), let url = link.url("url", required: true) else { return nil }
                return SocialLink(name: name.value, url: url.value)
            }
            let logo = map.text("logo")
            if let logo { _ = ContentFolder.checkFile(logo.value, in: folder, at: logo.location, context) }
            let emblem = map.text("emblem")
            if let emblem { _ = ContentFolder.checkFile(emblem.value, in: folder, at: emblem.location, context) }
            let kind = map.text("kind")
            ProfilePlausibility.check(name: name, province: province, kind: kind, context)
            let profile = AgencyProfile(
                name: name?.value ?? "", nameEnglish: map.text("name_en")?.value, kind: kind?.value,
                district: map.text("district")?.value, province: province?.value ?? "", website: website?.value ?? "",
                baseURL: withTrailingSlash(baseURL?.value ?? website?.value ?? ""),
                address: map.text("address")?.value, phone: map.text("phone")?.value, fax: map.text("fax")?.value,
                email: map.text("email")?.value, social: social, logo: logo?.value, emblem: emblem?.value,
                digits: map.choice("digits", as: DigitStyle.self)?.value ?? .arabic, source: map.location,
                itasCode: map.text("itas_code"), itasShowIIT: map.bool("itas_show_iit") ?? false)
            return name == nil || province == nil || website == nil ? nil : profile
        }
    }

    package static func fileExists(_ relative: String, in folder: URL) -> Bool {
        guard let url = ContentFolder.resolve(relative, in: folder) else { return false }
        return ContentFolder.exists(url, directory: false)
    }

    package static func withTrailingSlash(_ url: String) -> String {
        url.hasSuffix("/") ? url : url + "/"
    }
}
