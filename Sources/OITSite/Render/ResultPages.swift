/// Renders a year's results, measures, progress reports and memos.
struct ResultPages {
    let context: YearContext
    let writer: PageWriter
    let yearCrumb: Crumb

    func render(into diagnostics: inout Diagnostics) throws -> [YearRenderer.WrittenPage] {
        let year = context.year
        let root = "\(year.year)/"
        let name = context.agency.profile.name
        var pages: [YearRenderer.WrittenPage] = []
        if let results = year.results {
            let page = ResultViewBuilder(context: context, results: results).page
            try writer.page("results", page, path: root + "results/", title: "ผลการประเมิน ITA \(context.n(year.year)) – \(name)",
                            description: "คะแนนการประเมินคุณธรรมและความโปร่งใส ปี \(year.year) และการวิเคราะห์ของ\(name)",
                            crumbs: [yearCrumb, Crumb(title: "ผลการประเมิน", href: nil)], into: &diagnostics)
            pages.append(.init(path: root + "results/"))
        }
        if !year.measures.isEmpty {
            try writer.page("measures", MeasureViews.page(context), path: root + "measures/",
                            title: "มาตรการปีงบประมาณ \(context.n(year.year)) – \(name)",
                            description: "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ \(year.year) ของ\(name)",
                            crumbs: [yearCrumb, Crumb(title: "มาตรการ", href: nil)], into: &diagnostics)
            pages.append(.init(path: root + "measures/"))
        }
        for report in year.reports {
            let path = root + "progress/\(report.id)/"
            let title = ProgressViews.title(report, context)
            let crumb = "รายงานความก้าวหน้า รอบ " + ProgressViews.roundName(report.round, context)
            try writer.page("progress", ProgressViews.page(report, context), path: path, title: "\(title) – \(name)",
                            description: title, crumbs: [yearCrumb, Crumb(title: crumb, href: nil)], into: &diagnostics)
            pages.append(.init(path: path, lastModified: report.date?.value))
            if let memo = report.memo {
                try writer.page("memo", ProgressViews.memo(memo, report, context), path: path + "memo/",
                                title: "บันทึกข้อความ: \(memo.subject)", description: memo.subject,
                                crumbs: [yearCrumb, Crumb(title: crumb, href: path + "index.html"), Crumb(title: "บันทึกข้อความ", href: nil)],
                                into: &diagnostics)
                pages.append(.init(path: path + "memo/", lastModified: memo.date))
            }
        }
        return pages
    }
}
