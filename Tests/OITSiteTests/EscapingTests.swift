import Foundation
import Testing

@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

@Suite struct EscapingTests {
    @Test func everyValueIsEscapedAndMarkdownDropsRawHTML() throws {
        let fixture = try Fixture(
            year: """
                items:
                  o1:
                    status: done
                    unit: "กอง <b>คลัง</b>"
                    evidence:
                      - title: '"><script>alert(1)</script>'
                        url: https://www.example.go.th/a?x=1&y="2"
                    body: |
                      ข้อความ <img src=x onerror=alert(1)> [คลิก](javascript:alert(1))
                """)
        #expect(fixture.build().wrote)
        let page = try String(contentsOf: fixture.output.appendingPathComponent("test/2566/o1/index.html"), encoding: .utf8)
        #expect(page.contains("กอง &lt;b&gt;คลัง&lt;/b&gt;"))
        #expect(page.contains("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(page.contains("href=\"https://www.example.go.th/a?x=1&amp;y=&quot;2&quot;\""))
        #expect(!page.contains("<script") && !page.contains("<img src=x") && !page.contains("javascript:"))
    }

    /// Issue 18's example: a quote that a combining mark follows no longer ends the attribute.
    @Test func quoteBeforeACombiningMarkStaysInTheAttribute() throws {
        let name = "อบต.ทดสอบ\"\u{301} autofocus onfocus=alert(1) x=\"\u{301}"
        let agency = try Fixture.agencyYAML.edited(replacing: "องค์การบริหารส่วนตำบลทดสอบ", with: name)
        let fixture = try Fixture(year: "items:\n  o1: {status: done}\n", extra: ["agencies/test/agency.yaml": agency])
        #expect(fixture.build().wrote)
        let page = try String(contentsOf: fixture.output.appendingPathComponent("test/index.html"), encoding: .utf8)
        let escaped = "อบต.ทดสอบ&quot;\u{301} autofocus onfocus=alert(1) x=&quot;\u{301}"
        let description = "<meta name=\"description\" content=\"ข้อมูลการประเมินคุณธรรมและความโปร่งใส (ITA) ของ\(escaped)\">"
        #expect(page.utf8.contains(description.utf8))
        #expect(!page.utf8.contains(name.utf8))
        #expect(!MarkupStructure.names(in: page).contains { $0.hasSuffix("@autofocus") || $0.hasSuffix("@onfocus") })
    }
}
