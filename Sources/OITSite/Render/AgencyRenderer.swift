import Foundation

/// Renders one agency's self-contained folder: home, years, contact, site map, 404, exports.
struct AgencyRenderer {
    let agency: Agency
    let project: Project
    let theme: Theme
    let output: OutputFolder
    let audit: TemplateAudit?

    var digits: DigitStyle { agency.profile.digits }

    static func place(of profile: AgencyProfile) -> String {
        [profile.district.map { "อำเภอ\($0)" }, "จังหวัด\(profile.province)"].compactMap { $0 }.joined(separator: " ")
    }

    func render(into diagnostics: inout Diagnostics) throws {
        let years = agency.years.sorted { $0.year > $1.year }.compactMap { year -> YearContext? in
            guard let framework = project.frameworks[year.round.value] else { return nil }
            return YearContext(agency: agency, year: year, framework: framework,
                               previous: agency.year(year.year - 1), next: agency.year(year.year + 1),
                               frameworks: project.frameworks)
        }
        let yearLinks = years.map { context in
            YearLink(label: n(context.year.year), href: "\(context.year.year)/index.html", round: n(context.framework.round),
                     percentDone: n(context.counts.percentDone), result: context.resultSummary)
        }
        let agencyView = self.agencyView
        let writer = PageWriter(theme: theme, output: output, folder: agency.slug + "/", agency: agencyView,
                                years: yearLinks, baseURL: agency.profile.baseURL, audit: audit)
        let name = agency.profile.name
        try writer.page("home", HomePage(years: yearLinks, hasYears: !yearLinks.isEmpty), path: "",
                        title: "การเปิดเผยข้อมูลสาธารณะ (OIT) – \(name)",
                        description: "ข้อมูลการประเมินคุณธรรมและความโปร่งใส (ITA) ของ\(name)", crumbs: [], into: &diagnostics)
        var sitemap = SiteMapBuilder(baseURL: agency.profile.baseURL)
        sitemap.add("")
        for context in years {
            let pages = try YearRenderer(context: context, writer: writer).render(into: &diagnostics)
            pages.forEach { sitemap.add($0.path, lastModified: $0.lastModified) }
        }
        try writer.page("contact", agencyView, path: "contact/",
                        title: "ติดต่อ – \(name)", description: "ข้อมูลการติดต่อ\(name)",
                        crumbs: [Crumb(title: "ติดต่อ", href: nil)], into: &diagnostics)
        try writer.page("sitemap", SiteMapPage(years: years.map(siteMapYear)), path: "sitemap/",
                        title: "แผนผังเว็บไซต์ – \(name)", description: "แผนผังเว็บไซต์ OIT ของ\(name)",
                        crumbs: [Crumb(title: "แผนผังเว็บไซต์", href: nil)], into: &diagnostics)
        try writer.page("privacy", PrivacyPage(policy: privacyPolicyLink(years)), path: "privacy/",
                        title: "นโยบายความเป็นส่วนตัวของเว็บไซต์ – \(name)", description: "การเก็บข้อมูลของเว็บไซต์ OIT ของ\(name)",
                        crumbs: [Crumb(title: "นโยบายความเป็นส่วนตัว", href: nil)], into: &diagnostics)
        sitemap.add("contact/")
        sitemap.add("sitemap/")
        sitemap.add("privacy/")
        // A server shows 404.html at whatever address was missing, so its links start from the
        // site's own path on the server instead of being relative.
        try writer.page("404", HomePage(years: yearLinks, hasYears: !yearLinks.isEmpty), path: "", file: "404.html",
                        root: sitePath(of: agency.profile.baseURL),
                        title: "ไม่พบหน้านี้ – \(name)", description: "ไม่พบหน้าที่ต้องการ",
                        crumbs: [Crumb(title: "ไม่พบหน้านี้", href: nil)], into: &diagnostics)
        try writer.write(sitemap.xml, to: "sitemap.xml")
        try writer.write("User-agent: *\nAllow: /\n\nSitemap: \(agency.profile.baseURL)sitemap.xml\n", to: "robots.txt")
        for (relative, file) in theme.assets.sorted(by: { $0.key < $1.key }) {
            try writer.copy(file, to: "assets/" + relative)
        }
        if let logo = agency.profile.logo, let source = ContentFolder.resolve(logo, in: agency.folder) {
            try writer.copy(source, to: logo)
        }
    }

    private var agencyView: AgencyView {
        let profile = agency.profile
        return AgencyView(name: profile.name, nameEnglish: profile.nameEnglish, kind: profile.kind,
                          place: Self.place(of: profile), website: profile.website, address: profile.address,
                          phone: profile.phone, fax: profile.fax, email: profile.email,
                          social: profile.social.map { LinkView(title: $0.name, href: $0.url) }, logo: profile.logo)
    }

    /// The agency's own personal-data policy: the item of the latest year whose title names it (o10 in 2566).
    private func privacyPolicyLink(_ years: [YearContext]) -> LinkView? {
        for context in years {
            if let item = context.framework.items.first(where: { $0.title.contains("ข้อมูลส่วนบุคคล") }),
                context.year.entries[item.code] != nil {
                return LinkView(title: "\(item.code) \(item.title) (ปีงบประมาณ \(n(context.year.year)))",
                                href: "\(context.year.year)/\(item.code)/index.html")
            }
        }
        return nil
    }

    private func siteMapYear(_ context: YearContext) -> SiteMapYear {
        let year = context.year.year
        var pages = context.framework.items.map { LinkView(title: "\($0.code) \($0.title)", href: "\(year)/\($0.code)/index.html") }
        pages += context.extraPages.map { LinkView(title: $0.title, href: "\(year)/" + $0.href) }
        pages.append(LinkView(title: "แบบสรุปสำหรับกรอกในระบบ ITAS", href: "\(year)/submission/index.html"))
        return SiteMapYear(label: n(year), href: "\(year)/index.html", pages: pages)
    }

    private func n(_ number: Int) -> String { Digits.apply(String(number), digits) }
}

/// `sitemap.xml`, with the agency's base URL; entries in the order pages were written.
struct SiteMapBuilder {
    let baseURL: String
    private var entries: [(String, CivilDate?)] = []

    init(baseURL: String) { self.baseURL = baseURL }

    mutating func add(_ path: String, lastModified: CivilDate? = nil) { entries.append((path, lastModified)) }

    var xml: String {
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for (path, date) in entries {
            text += "  <url><loc>\(HTML.escape(baseURL + path))</loc>"
            if let date { text += "<lastmod>\(date)</lastmod>" }
            text += "</url>\n"
        }
        return text + "</urlset>\n"
    }
}

enum HTML {
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
