import Testing

@testable import OITCheck
@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

/// Fetched links (`oit check --links`) in an item's verdict: a dead link fails the item, and
/// without link results nothing changes.
@Suite struct ItemPassLinkTests {
    static let good = "https://www.example.go.th/news/1"
    static let gone = "https://www.example.go.th/news/2"

    static func failures(urls: [String], links: LinkResults?) -> [ItemFailure]? {
        let item = ItemPassTests.item()
        let entry = ItemPassTests.entry(urls: urls)
        return ItemPass.failures(
            item, entry: entry, status: entry.status, tally: ElementTally(item, entry: entry, hasITASCode: false),
            holdsContent: false, fiscalYear: FiscalYear(2566), site: ItemPassTests.site, links: links)
    }

    static let results = LinkResults([
        LinkResult(url: good, result: .ok, status: 200),
        LinkResult(url: gone, result: .notFound, status: 404),
        LinkResult(
            url: "https://www.example.go.th/moved", result: .redirected, status: 200,
            finalURL: "https://drive.google.com/file/1", chain: ["https://drive.google.com/file/1"]),
    ])

    @Test func aDeadLinkFailsItsItem() {
        #expect(Self.failures(urls: [Self.good], links: Self.results) == [])
        #expect(
            Self.failures(urls: [Self.good, Self.gone], links: Self.results)
                == [.linkDead(url: Self.gone, result: .notFound)])
        #expect(
            Self.failures(urls: ["https://www.example.go.th/moved"], links: Self.results)
                == [.linkDead(url: "https://www.example.go.th/moved", result: .offDomain)])
    }

    @Test func anOutageIsANoteUnlessTheNetworkIsRequired() throws {
        let fixture = try Fixture(
            year: "items:\n  o1:\n    status: done\n    evidence:\n      - {title: ก, url: https://www.example.go.th/a}\n")
        let down = [LinkResult(url: "https://www.example.go.th/a", result: .unreachable)]
        for required in [false, true] {
            var options = fixture.options
            options.links = LinkResults(down, networkRequired: required)
            let found = SiteBuilder(options: options).check().diagnostics.sorted.filter { $0.message.ruleID == "network-down" }
            #expect(found.map(\.severity) == [required ? .error : .note], "required: \(required)")
        }
    }

    @Test func withoutLinkResultsNothingChanges() {
        #expect(Self.failures(urls: [Self.gone], links: nil) == [])
    }

    @Test func aNetworkOutageBlamesNoLink() {
        let down = LinkResults([
            LinkResult(url: Self.good, result: .unreachable), LinkResult(url: Self.gone, result: .dns),
        ])
        #expect(Self.failures(urls: [Self.good, Self.gone], links: down) == [])
    }

    @Test func theReasonIsWordedInBothLanguages() {
        let reason = ItemFailure.linkDead(url: Self.gone, result: .notFound)
        #expect(reason.id == "link-dead")
        #expect(reason.text(in: .english) == "link dead (not-found) \(Self.gone)")
        #expect(reason.text(in: .thai).hasPrefix("ลิงก์ใช้ไม่ได้ (ไม่พบหน้า, not-found)"))
        let finding = Message.link(.dead(url: Self.gone, result: .serverError, status: 503, finalURL: nil))
        #expect(finding.ruleID == "dead-link")
        #expect(finding.text(in: .english) == "evidence link \(Self.gone) does not open (server-error HTTP 503)")
    }
}
