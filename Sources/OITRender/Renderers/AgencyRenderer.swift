import Foundation
import OITCheck
import OITLoad
import OITModel

/// Renders one agency's self-contained folder: home, years, contact, site map, 404, exports.
package struct AgencyRenderer {
    package let agency: Agency
    package let assessment: Assessment
    package let theme: Theme
    package let output: any PageOutput
    package let audit: TemplateAudit?
    /// The theme's assets, read once for every agency: path under `assets/` and bytes.
    package let assets: [(String, [UInt8])]

    package static func place(of profile: AgencyProfile) -> String {
        PageText.place(district: profile.district, province: profile.province)
    }

    package func render(into diagnostics: inout Diagnostics) throws {
        let years = agency.years.sorted { $0.year > $1.year }.compactMap { year -> YearContext? in
            guard let assessed = assessment.year(year.year, of: agency.slug) else { return nil }
            return YearContext(
                agency: agency, year: year, assessment: assessed, previous: agency.year(year.year - 1),
                previousAssessment: assessment.year(year.year - 1, of: agency.slug),
                next: agency.year(year.year + 1))
        }
        let yearLinks = years.map { context in
            YearLink(
                label: context.yearLabel, href: Route.year(context.year.year).href,
                round: context.number(context.framework.round), resultsOnly: !context.year.hasChecklist,
                percentDone: context.year.hasChecklist ? context.number(context.assessment.readiness) : nil,
                result: context.resultSummary)
        }
        let agencyView = self.agencyView
        let writer = PageWriter(
            theme: theme, output: output, folder: agency.slug + "/", agency: agencyView,
            years: yearLinks, baseURL: agency.profile.baseURL, audit: audit)
        let name = agency.profile.name
        try writer.page(
            HomePage(years: yearLinks, hasYears: !yearLinks.isEmpty, survey: currentSurvey(years)), at: .home,
            title: PageText.homeTitle(name),
            description: PageText.homeDescription(name), crumbs: [], into: &diagnostics)
        var sitemap = SiteMapBuilder(baseURL: agency.profile.baseURL)
        sitemap.add(.home)
        for context in years {
            let pages = try YearRenderer(context: context, writer: writer).render(into: &diagnostics)
            pages.forEach { sitemap.add($0.route, lastModified: $0.lastModified) }
        }
        try writer.page(
            ContactPage(), at: .contact, title: PageText.pageTitle(PageText.contact, agency: name),
            description: PageText.contactDescription(name), crumbs: [Crumb(title: PageText.contact, href: nil)],
            into: &diagnostics)
        try writer.page(
            SiteMapPage(years: years.map(siteMapYear)), at: .siteMap,
            title: PageText.pageTitle(PageText.siteMap, agency: name), description: PageText.siteMapDescription(name),
            crumbs: [Crumb(title: PageText.siteMap, href: nil)], into: &diagnostics)
        try writer.page(
            PrivacyPage(policy: privacyPolicyLink(years)), at: .privacy,
            title: PageText.pageTitle(PageText.privacyTitle, agency: name), description: PageText.privacyDescription(name),
            crumbs: [Crumb(title: PageText.privacyCrumb, href: nil)], into: &diagnostics)
        sitemap.add(.contact)
        sitemap.add(.siteMap)
        sitemap.add(.privacy)
        // A server shows 404.html at whatever address was missing, so its links start from the
        // site's own path on the server instead of being relative.
        try writer.page(
            NotFoundPage(years: yearLinks, hasYears: !yearLinks.isEmpty), at: .notFound,
            root: sitePath(of: agency.profile.baseURL), title: PageText.pageTitle(PageText.notFound, agency: name),
            description: PageText.notFoundDescription, crumbs: [Crumb(title: PageText.notFound, href: nil)],
            into: &diagnostics)
        try writer.write(sitemap.xml, to: .sitemapXML)
        try writer.write(
            "User-agent: *\nAllow: /\n\nSitemap: \(agency.profile.baseURL)\(Route.sitemapXML.publicPath)\n", to: .robots)
        for (relative, bytes) in assets {
            try writer.writeShared(bytes, key: "asset " + relative, to: .asset(relative))
        }
        for file in [agency.profile.logo, agency.profile.emblem].compactMap({ $0 }) {
            if let source = ContentFolder.resolve(file, in: agency.folder) { try writer.copy(source, to: .agencyFile(file)) }
        }
    }

    private var agencyView: AgencyView {
        let profile = agency.profile
        return AgencyView(
            name: profile.name, nameEnglish: profile.nameEnglish, kind: profile.kind,
            place: Self.place(of: profile), website: profile.website, address: profile.address,
            phone: profile.phone, fax: profile.fax, email: profile.email,
            social: profile.social.map { LinkView(title: $0.name, href: $0.url) }, logo: profile.logo)
    }

    /// The survey of the latest year with a checklist: the round the agency publishes for now.
    /// An older year's code is not offered in its place: that round's survey has closed.
    private func currentSurvey(_ years: [YearContext]) -> SurveyView? {
        years.first { $0.year.hasChecklist }?.survey
    }

    /// The agency's own personal-data policy: the item of the latest year that the round names as it.
    private func privacyPolicyLink(_ years: [YearContext]) -> LinkView? {
        for context in years {
            if let item = context.framework.privacyPolicyItem, context.year.entries[item.code] != nil {
                return LinkView(
                    title: PageText.itemWithYear(code: item.code, title: item.title, year: context.yearLabel),
                    href: Route.item(year: context.year.year, code: item.code).href)
            }
        }
        return nil
    }

    private func siteMapYear(_ context: YearContext) -> SiteMapPage.Year {
        let year = context.year.year
        var pages = context.assessment.items.map(context.link(to:))
        pages += context.extraPages
        if context.year.hasChecklist {
            pages.append(LinkView(title: PageText.submissionSiteMap, href: Route.submission(year: year).href))
        }
        return SiteMapPage.Year(label: context.yearLabel, href: Route.year(year).href, pages: pages)
    }
}
