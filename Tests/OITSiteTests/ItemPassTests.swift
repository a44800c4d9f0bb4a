import Testing

@testable import OITCheck
@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

/// What makes an OIT item pass, one reason at a time, through the one function that decides it.
@Suite struct ItemPassTests {
    static let here = SourceLocation(file: "year.yaml", line: 1, column: 1)
    static let site = SiteHosts(["https://www.example.go.th/"])

    static func item(period: PeriodRule = .inYear, elements: Int = 2) -> FrameworkItem {
        FrameworkItem(
            code: "o7", title: "ข่าว", group: "9.1", period: period, periodStated: true,
            elements: (1...elements).map { "องค์ประกอบ \($0)" }, holds: nil, role: nil, source: nil, confidence: nil,
            location: here)
    }

    static func entry(
        status: ItemStatus = .done, updated: String? = "2023-06-15", elements: ElementConfirmation = .all,
        urls: [String] = ["https://www.example.go.th/news/1"]
    ) -> ItemEntry {
        ItemEntry(
            code: Located("o7", at: here), status: status,
            updated: updated.flatMap { CivilDate(parsing: $0) }.map { Located($0, at: here) }, unit: nil, covers: nil,
            elements: elements, summary: nil,
            evidence: urls.map { Evidence(title: "ข่าว", target: .url($0), location: here) }, body: nil, reason: nil,
            definition: ItemDefinition())
    }

    static func failures(_ entry: ItemEntry?, item: FrameworkItem = item(), holds: Bool = false) -> [ItemFailure]? {
        let tally = ElementTally(item, entry: entry, hasITASCode: false)
        return ItemPass.failures(
            item, entry: entry, status: entry?.status, tally: tally, holdsContent: holds,
            fiscalYear: FiscalYear(2566), site: site)
    }

    @Test func aCompleteItemPasses() {
        #expect(Self.failures(Self.entry()) == [])
    }

    @Test func eachCauseGivesItsReason() {
        #expect(Self.failures(nil) == [.noEntry])
        #expect(Self.failures(Self.entry(status: .inProgress)) == [.notDone(status: "in-progress")])
        #expect(Self.failures(Self.entry(elements: .some([Located(2, at: Self.here)]))) == [.elementMissing(number: 1)])
        #expect(Self.failures(Self.entry(updated: nil)) == [.noDate])
        #expect(Self.failures(Self.entry(updated: "2021-06-15")) == [.dateOutsidePeriod(rule: "in-year")])
        #expect(Self.failures(Self.entry(urls: [])) == [.noEvidence])
        #expect(
            Self.failures(Self.entry(urls: ["https://drive.google.com/file/d/x", "https://drive.google.com/y"]))
                == [.evidenceOffSite(host: "drive.google.com")])
    }

    @Test func notApplicableIsNotScored() {
        #expect(Self.failures(Self.entry(status: .notApplicable)) == nil)
    }

    @Test func theAgencysSubdomainsAreItsOwnSite() {
        #expect(Self.failures(Self.entry(urls: ["https://docs.example.go.th/a.pdf", "http://example.go.th/b"])) == [])
        #expect(Self.failures(Self.entry(urls: ["https://example.com/a"])) == [.evidenceOffSite(host: "example.com")])
        #expect(
            Self.failures(Self.entry(urls: ["https://www.facebook.com/agency"])) == [.evidenceOffSite(host: "www.facebook.com")])
    }

    @Test func anItemThatHoldsContentIsJudgedOnItsStateAndElementsOnly() {
        #expect(Self.failures(Self.entry(updated: nil, urls: []), holds: true) == [])
    }

    @Test func reasonsAreWordedInBothLanguages() {
        let reason = ItemFailure.evidenceOffSite(host: "drive.google.com")
        #expect(reason.text(in: .thai).contains("drive.google.com") && reason.text(in: .thai).contains("นอกเว็บไซต์"))
        #expect(reason.text(in: .english) == "evidence off the agency's main website (drive.google.com)")
        #expect(ItemFailure.elementMissing(number: 3).text(in: .thai) == "ยังไม่ยืนยันองค์ประกอบที่ 3")
    }
}
