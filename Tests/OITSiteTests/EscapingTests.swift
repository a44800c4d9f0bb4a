import Foundation
import Testing

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
}
