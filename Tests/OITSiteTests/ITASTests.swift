import Foundation
import Testing

@testable import OITCheck
@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

/// The agency's ITAS code (issue 19): one field makes the EIT and IIT survey links and the EIT
/// survey's QR code on the home page, the page of the item that asks for it (2566 o43) and an A4
/// poster; a wrong code is a located error; without a code nothing is shown and the item warns.
@Suite struct ITASTests {
    static let eit = "https://itas.nacc.go.th/go/eit/u4gpi2"
    static let iit = "https://itas.nacc.go.th/go/iit/u4gpi2"

    /// Round 2566 with o43 done (its third element confirmed; the second is the QR code) and o42
    /// not started.
    static let year = """
        round: 2566
        items:
          o43:
            status: done
            updated: 2023-05-01
            elements: [1, 3]
          o42:
            status: not-started

        """

    static func agency(_ extra: String) -> String { Fixture.agencyYAML + extra }

    static func page(_ fixture: Fixture, _ path: String) throws -> String {
        try String(contentsOf: fixture.output.appendingPathComponent("test/" + path), encoding: .utf8)
    }

    static func confirmed(_ fixture: Fixture, item: String) throws -> [Int] {
        let data = try Data(contentsOf: fixture.output.appendingPathComponent("test/2566/oit.json"))
        let file = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let items = try #require(file["items"] as? [[String: Any]])
        return try #require(items.first { $0["code"] as? String == item }?["elementsConfirmed"] as? [Int])
    }

    @Test func aWrongCodeIsALocatedErrorInThaiAndEnglish() throws {
        for (written, column) in [("u4-gpi2", 12), ("\"ab cd12\"", 12), (Self.eit, 12), ("รหัส12", 12)] {
            let fixture = try Fixture(
                year: Self.year, extra: ["agencies/test/agency.yaml": Self.agency("itas_code: \(written)\n")])
            let outcome = fixture.build()
            #expect(!outcome.wrote, "\(written)")
            let errors = outcome.diagnostics.errors
            #expect(errors.map(\.message.ruleID) == ["itas-code-invalid"], "\(written)")
            #expect(outcome.diagnostics.places { $0.ruleID == "itas-code-invalid" } == ["test/agency.yaml:4:\(column)"])
            #expect(errors.first?.formatted().contains("รหัส ITAS") == true)
            #expect(errors.first?.formatted(in: .english).contains("only letters and digits") == true)
            // One mistake, one message: no "add itas_code" on top of it.
            #expect(!outcome.diagnostics.sorted.contains { $0.message.ruleID == "itas-code-missing" })
        }
        let year = try Fixture(year: "itas_code: u4_gpi\n" + Self.year)
        #expect(year.check().places { $0.ruleID == "itas-code-invalid" } == ["2566/year.yaml:1:12"])
    }

    @Test func aCodeOfAnotherLengthIsAWarning() throws {
        let fixture = try Fixture(year: Self.year, extra: ["agencies/test/agency.yaml": Self.agency("itas_code: u4gpi\n")])
        let diagnostics = fixture.check()
        #expect(diagnostics.errors.isEmpty)
        #expect(diagnostics.places { $0 == .itas(.unusualLength("u4gpi", usual: 6)) } == ["test/agency.yaml:4:12"])
    }

    @Test func withoutACodeTheItemWarnsAndNoQRIsShown() throws {
        let fixture = try Fixture(year: Self.year)
        let outcome = fixture.build()
        #expect(outcome.wrote)
        // At o43's entry, naming the field to add, in both languages.
        #expect(outcome.diagnostics.places { $0 == .itas(.codeMissing(item: "o43")) } == ["2566/year.yaml:3:3"])
        let warning = try #require(outcome.diagnostics.warnings.first { $0.message.ruleID == "itas-code-missing" })
        #expect(warning.formatted().contains("itas_code:") && warning.formatted().contains("agency.yaml"))
        #expect(warning.formatted(in: .english).contains("add itas_code: to agency.yaml"))
        for path in ["index.html", "2566/o43/index.html", "2566/index.html", "sitemap/index.html", "sitemap.xml"] {
            let page = try Self.page(fixture, path)
            #expect(!page.contains("<svg class=\"qr\"") && !page.contains("itas.nacc.go.th"), "\(path)")
            #expect(!page.contains("eit-poster"), "\(path)")
        }
        #expect(!FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent("test/2566/eit-poster").path))
        // The QR code element stays unconfirmed, even where the entry says all.
        #expect(try Self.page(fixture, "2566/o43/index.html").contains("(แสดงแล้ว 2 จาก 3)"))
        #expect(try Self.confirmed(fixture, item: "o43") == [1, 3])
        let all = try Fixture(year: try Self.year.edited(replacing: "[1, 3]", with: "all"))
        _ = all.build()
        #expect(try Self.confirmed(all, item: "o43") == [1, 3])
    }

    @Test func anItemNotStartedOrNotEnteredWarnsNothingYet() throws {
        for year in [try Self.year.edited(replacing: "status: done", with: "status: not-started"), "round: 2566\nitems: {}\n"] {
            let fixture = try Fixture(year: year)
            #expect(!fixture.check().sorted.contains { $0.message.ruleID == "itas-code-missing" }, "\(year)")
        }
    }

    @Test func withACodeTheHomePageItemPageAndPosterCarryTheEITLink() throws {
        let fixture = try Fixture(year: Self.year, extra: ["agencies/test/agency.yaml": Self.agency("itas_code: u4gpi2\n")])
        let outcome = fixture.build()
        #expect(outcome.wrote && outcome.diagnostics.errors.isEmpty)
        #expect(!outcome.diagnostics.sorted.contains { $0.message.ruleID.hasPrefix("itas-") })
        for path in ["index.html", "2566/o43/index.html", "2566/eit-poster/index.html"] {
            let page = try Self.page(fixture, path)
            #expect(try QRImage.decode(svg: QRImage.svg(in: page)) == Self.eit, "\(path)")
            #expect(page.components(separatedBy: "<svg class=\"qr\"").count == 2, "one QR code: \(path)")
            #expect(page.contains(">\(Self.eit)</a>"), "the address as text: \(path)")
            #expect(page.contains("<title id=\"eit-qr-title\">QR code แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ของ"))
            // The staff survey is for staff: not shown unless asked for.
            #expect(!page.contains("go/iit/"), "\(path)")
        }
        #expect(try Self.page(fixture, "index.html").contains("href=\"2566/eit-poster/index.html\""))
        #expect(try Self.page(fixture, "2566/index.html").contains("href=\"../2566/eit-poster/index.html\""))
        #expect(try Self.page(fixture, "sitemap.xml").contains("<loc>https://www.example.go.th/2566/eit-poster/</loc>"))
        // Only the item that asks for it shows the code; there the element counts as shown.
        #expect(!(try Self.page(fixture, "2566/o42/index.html")).contains("<svg"))
        #expect(try Self.page(fixture, "2566/o43/index.html").contains("(แสดงแล้ว 3 จาก 3)"))
        #expect(try Self.confirmed(fixture, item: "o43") == [1, 2, 3])
    }

    @Test func theStaffLinkOnlyWhereAskedAndNeverAsAQRCode() throws {
        let fixture = try Fixture(
            year: Self.year, extra: ["agencies/test/agency.yaml": Self.agency("itas_code: u4gpi2\nitas_show_iit: true\n")])
        #expect(fixture.build().wrote)
        for path in ["index.html", "2566/o43/index.html"] {
            let page = try Self.page(fixture, path)
            #expect(page.contains("<a class=\"iit\" href=\"\(Self.iit)\">"), "\(path)")
            #expect(page.components(separatedBy: "<svg").count == 2)
            #expect(try QRImage.decode(svg: QRImage.svg(in: page)) == Self.eit)
        }
    }

    @Test func aYearMayNameItsOwnCode() throws {
        let fixture = try Fixture(
            year: "itas_code: x9y8z7\n" + Self.year, extra: ["agencies/test/agency.yaml": Self.agency("itas_code: u4gpi2\n")])
        #expect(fixture.build().wrote)
        let page = try Self.page(fixture, "2566/o43/index.html")
        #expect(try QRImage.decode(svg: QRImage.svg(in: page)) == "https://itas.nacc.go.th/go/eit/x9y8z7")
    }

    @Test func aRoundThatNamesNoItemStillInvitesFromTheHomePage() throws {
        let year = "round: 2569\nitems:\n  o1:\n    status: done\n    updated: 2025-11-01\n    elements: all\n"
        let fixture = try Fixture([
            "agencies/test/agency.yaml": Self.agency("itas_code: u4gpi2\n"), "agencies/test/2569/year.yaml": year,
        ])
        #expect(fixture.build().wrote)
        #expect(try QRImage.decode(svg: QRImage.svg(in: Self.page(fixture, "index.html"))) == Self.eit)
        #expect(!(try Self.page(fixture, "2569/o1/index.html")).contains("<svg"))
        let without = try Fixture(["agencies/test/agency.yaml": Fixture.agencyYAML, "agencies/test/2569/year.yaml": year])
        #expect(!without.check().sorted.contains { $0.message.ruleID.hasPrefix("itas-") })
    }

    @Test func theSameContentGivesTheSameBytes() throws {
        let fixture = try Fixture(year: Self.year, extra: ["agencies/test/agency.yaml": Self.agency("itas_code: u4gpi2\n")])
        #expect(fixture.build().wrote)
        let paths = ["index.html", "2566/o43/index.html", "2566/eit-poster/index.html", "sitemap.xml"]
        let first = try paths.map { try Self.page(fixture, $0) }
        try FileManager.default.removeItem(at: fixture.output)
        #expect(fixture.build().wrote)
        #expect(try paths.map { try Self.page(fixture, $0) } == first)
    }

    @Test func theScaffoldNamesTheFieldsCommentedOut() throws {
        let scaffold = ProjectScaffold(
            folder: URL(fileURLWithPath: "/nonexistent"), agency: "x", today: Date(timeIntervalSince1970: 1_700_000_000))
        let lines = scaffold.agencyYAML.split(separator: "\n")
        let code = try #require(lines.first { $0.hasPrefix("# itas_code: ") })
        #expect(ITASLinks(code: String(code.dropFirst("# itas_code: ".count)), showIIT: false) != nil)
        #expect(lines.contains("# itas_show_iit: true"))
        #expect(!lines.contains { $0.hasPrefix("itas_") })
    }

    @Test func theRolesElementMustBeOneOfTheItemsElements() throws {
        let framework = """
            round: 2566
            items:
              - code: o43
                role_element: 9
              - code: o1
                role_element: 1

            """
        let fixture = try Fixture(year: Self.year, extra: ["frameworks/2566.yaml": framework])
        let diagnostics = fixture.check()
        #expect(diagnostics.places { $0 == .elementOutOfRange(9, count: 3) } == ["frameworks/2566.yaml:4:19"])
        #expect(diagnostics.places { $0 == .missingKey("role") } == ["frameworks/2566.yaml:6:19"])
    }
}
