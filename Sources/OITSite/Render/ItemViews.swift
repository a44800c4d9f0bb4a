/// Builds the model of an item page from the framework item and the agency's entry.
enum ItemViews {
    static func page(_ item: FrameworkItem, entry: ItemEntry?, _ context: YearContext,
                     previous: FrameworkItem?, next: FrameworkItem?) -> ItemPage {
        let framework = context.framework
        let group = framework.group(item.group)
        let indicator = group.flatMap { framework.indicator($0.indicator) }
        let elements = item.elements.enumerated().map { index, text in
            ElementView(number: context.n(index + 1), text: text, confirmed: entry?.elements.confirms(index + 1) ?? false)
        }
        let link = { (other: FrameworkItem) in LinkView(title: "\(other.code) \(other.title)", href: "\(context.year.year)/\(other.code)/index.html") }
        return ItemPage(
            code: item.code, title: item.title, year: context.n(context.year.year),
            group: group.map { "\(Digits.apply($0.code, context.digits)) \($0.name)" } ?? item.group,
            indicator: indicator.map { "ตัวชี้วัดที่ \(context.n($0.number)) \($0.name)" } ?? "",
            period: PeriodText.requirement(item.period, context.year.fiscalYear, digits: context.digits),
            status: entry.map { StatusView($0.status) } ?? .missing, hasEntry: entry != nil,
            updated: entry?.updated.map { context.date($0.value) }, updatedISO: entry?.updated.map { $0.value.description },
            covers: entry?.covers.map { ThaiText.coverage($0.value, digits: context.digits) },
            unit: entry?.unit, reason: entry?.reason, elements: elements,
            elementsConfirmed: context.n(elements.filter(\.confirmed).count), elementsTotal: context.n(elements.count),
            evidence: (entry?.evidence ?? []).map { evidence($0, context) },
            body: entry?.body.map(Markdown.html), url: context.url(item.code + "/"),
            previous: previous.map(link), next: next.map(link),
            holdsAnalysis: item.holds == .analysis ? HeldAnalysis(context) : nil,
            holdsProgress: item.holds == .progress ? HeldProgress(context) : nil)
    }

    static func evidence(_ evidence: Evidence, _ context: YearContext) -> EvidenceView {
        switch evidence.target {
        case .url(let url):
            let host = url.split(separator: "/").dropFirst().first.map(String.init)
            return EvidenceView(title: evidence.title, href: url, isFile: false, host: host)
        case .file(let path):
            return EvidenceView(title: evidence.title, href: "\(context.year.year)/\(path)", isFile: true, host: nil)
        }
    }
}

/// The list the webmaster pastes into the assessment system: each item's final URL and one line.
struct SubmissionSheet {
    let context: YearContext
    let rows: [SubmissionRow]

    init(context: YearContext) {
        self.context = context
        rows = context.framework.items.map { item in
            let entry = context.year.entries[item.code]
            return SubmissionRow(code: item.code, title: item.title, url: context.url(item.code + "/"),
                                 explanation: Self.explanation(item, entry, context), status: entry.map { StatusView($0.status) } ?? .missing)
        }
    }

    private static func explanation(_ item: FrameworkItem, _ entry: ItemEntry?, _ context: YearContext) -> String {
        guard let entry else { return "ยังไม่มีข้อมูล" }
        if entry.status == .notApplicable { return "ไม่เกี่ยวข้อง: " + (entry.reason ?? "") }
        // One line: the assessment system's field takes no line breaks.
        if let summary = entry.summary { return summary.split(whereSeparator: \.isNewline).joined(separator: " ") }
        return "\(item.title) ปีงบประมาณ พ.ศ. \(context.n(context.year.year))"
    }

    var page: SubmissionPage {
        SubmissionPage(year: context.n(context.year.year), rows: rows, csv: "\(context.year.year)/submission.csv")
    }

    /// UTF-8 with a byte-order mark, so spreadsheet programs read the Thai text correctly.
    var csv: String {
        var text = "\u{FEFF}ข้อ,หัวข้อ,URL,คำอธิบาย,สถานะ\r\n"
        for row in rows {
            text += [row.code, row.title, row.url, row.explanation, row.status.label].map(Self.field).joined(separator: ",") + "\r\n"
        }
        return text
    }

    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
