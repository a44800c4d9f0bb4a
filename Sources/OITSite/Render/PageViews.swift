/// Models of the OIT pages: agency home, year overview, item page, submission sheet.

struct HomePage {
    var years: [YearLink]
    var hasYears: Bool
}

struct OverviewPage {
    var year: String
    var fiscalYear: String
    var round: String
    var partial: Bool
    var note: String?
    var counts: CountsView
    var result: LinkView?
    var indicators: [IndicatorSection]
    var reports: [LinkView]
    var submission: String
    var json: String
}

struct IndicatorSection {
    var number: String
    var name: String
    var groups: [GroupSection]
}

struct GroupSection {
    var code: String
    var name: String
    var items: [ItemRow]
}

struct ItemRow {
    var code: String
    var title: String
    var href: String
    var status: StatusView
    var updated: String?
}

struct ItemPage {
    var code: String
    var title: String
    var year: String
    var group: String
    var indicator: String
    var period: String
    var status: StatusView
    var hasEntry: Bool
    var updated: String?
    var updatedISO: String?
    var covers: String?
    var unit: String?
    var reason: String?
    var elements: [ElementView]
    var elementsConfirmed: String
    var elementsTotal: String
    var evidence: [EvidenceView]
    var body: String?
    var url: String
    var previous: LinkView?
    var next: LinkView?
    var holdsAnalysis: HeldAnalysis?
    var holdsProgress: HeldProgress?
}

struct ElementView {
    var number: String
    var text: String
    var confirmed: Bool
}

struct SubmissionPage {
    var year: String
    var rows: [SubmissionRow]
    var csv: String
}

struct SubmissionRow {
    var code: String
    var title: String
    var url: String
    var explanation: String
    var status: StatusView
}

struct PrivacyPage {
    var policy: LinkView?
}

struct SiteMapPage {
    var years: [SiteMapYear]
}

struct SiteMapYear {
    var label: String
    var href: String
    var pages: [LinkView]
}

struct AgencyIndexPage {
    var agencies: [AgencyIndexRow]
    var root: String
    var lang = "th"
}

struct AgencyIndexRow {
    var name: String
    var place: String
    var href: String
}
