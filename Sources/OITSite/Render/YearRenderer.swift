import Foundation

/// Renders one agency-year: overview, one page per item, submission sheet and exports.
struct YearRenderer {
    let context: YearContext
    let writer: PageWriter

    struct WrittenPage {
        var path: String
        var lastModified: CivilDate?
    }

    private var year: AgencyYear { context.year }
    private var framework: Framework { context.framework }
    private var yearPath: String { "\(year.year)/" }
    private var yearCrumb: Crumb { Crumb(title: "ปีงบประมาณ \(context.n(year.year))", href: yearPath + "index.html") }
    private var name: String { context.agency.profile.name }

    func render(into diagnostics: inout Diagnostics) throws -> [WrittenPage] {
        var pages: [WrittenPage] = [WrittenPage(path: yearPath)]
        try writer.page("overview", overview, path: yearPath, title: "OIT ปีงบประมาณ \(context.n(year.year)) – \(name)",
                        description: "รายการเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ พ.ศ. \(year.year) ของ\(name)",
                        crumbs: [Crumb(title: "ปีงบประมาณ \(context.n(year.year))", href: nil)], into: &diagnostics)
        let items = framework.items
        for (index, item) in items.enumerated() {
            let page = ItemViews.page(item, entry: year.entries[item.code], context,
                                      previous: index > 0 ? items[index - 1] : nil,
                                      next: index + 1 < items.count ? items[index + 1] : nil)
            try writer.page("item", page, path: yearPath + item.code + "/", title: "\(item.code) \(item.title) – \(name)",
                            description: "\(item.code) \(item.title) ปีงบประมาณ พ.ศ. \(year.year) \(name)",
                            crumbs: [yearCrumb, Crumb(title: item.code, href: nil)], into: &diagnostics)
            pages.append(WrittenPage(path: yearPath + item.code + "/", lastModified: year.entries[item.code]?.updated?.value))
        }
        pages += try ResultPages(context: context, writer: writer, yearCrumb: yearCrumb).render(into: &diagnostics)

        let submission = SubmissionSheet(context: context)
        try writer.page("submission", submission.page, path: yearPath + "submission/",
                        title: "แบบสรุป URL สำหรับระบบ ITAS ปี \(context.n(year.year)) – \(name)",
                        description: "URL และคำอธิบายของแต่ละข้อ สำหรับกรอกในระบบ ITAS",
                        crumbs: [yearCrumb, Crumb(title: "แบบสรุปสำหรับระบบ ITAS", href: nil)], into: &diagnostics)
        pages.append(WrittenPage(path: yearPath + "submission/"))
        try writer.write(submission.csv, to: yearPath + "submission.csv")
        try writer.write(Export.json(context), to: yearPath + "oit.json")
        try copyEvidenceFiles()
        return pages
    }

    private var overview: OverviewPage {
        let indicators = framework.indicators.compactMap { indicator -> IndicatorSection? in
            let groups = framework.groups(of: indicator).compactMap { group -> GroupSection? in
                let rows = framework.items(in: group).map { item -> ItemRow in
                    let entry = year.entries[item.code]
                    return ItemRow(code: item.code, title: item.title, href: yearPath + item.code + "/index.html",
                                   status: entry.map { StatusView($0.status) } ?? .missing,
                                   updated: entry?.updated.map { ThaiText.shortDate($0.value, digits: context.digits) })
                }
                return rows.isEmpty ? nil : GroupSection(code: Digits.apply(group.code, context.digits), name: group.name, items: rows)
            }
            return groups.isEmpty ? nil : IndicatorSection(number: context.n(indicator.number), name: indicator.name, groups: groups)
        }
        return OverviewPage(year: context.n(year.year), fiscalYear: ThaiText.fiscalYear(year.fiscalYear, digits: context.digits),
                            round: context.n(framework.round), partial: framework.partial, note: framework.note,
                            counts: context.counts.view(context.n), result: context.resultSummary, indicators: indicators,
                            reports: context.extraPages.map { LinkView(title: $0.title, href: yearPath + $0.href) },
                            submission: yearPath + "submission/index.html", json: yearPath + "oit.json")
    }

    /// Evidence files are copied to the same path under the year folder of the output.
    private func copyEvidenceFiles() throws {
        var files = Set<String>()
        for entry in year.entries.values {
            for case .file(let path) in entry.evidence.map(\.target) { files.insert(path) }
        }
        for report in year.reports {
            for entry in report.entries { for case .file(let path) in entry.evidence.map(\.target) { files.insert(path) } }
        }
        for path in files.sorted() {
            guard let source = ContentFolder.resolve(path, in: year.folder) else { continue }
            try writer.copy(source, to: yearPath + path)
        }
    }
}
