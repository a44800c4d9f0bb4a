import Foundation
import Testing

@testable import OITLoad
@testable import OITRender
@testable import OITSite

/// Whole rendered pages of a small fixed agency, compared with `Snapshots/`.
@Suite struct SnapshotTests {
    static var fixture: Fixture { built.fixture }
    static var outcome: SiteBuilder.Outcome { built.outcome }
    static let built: (fixture: Fixture, outcome: SiteBuilder.Outcome) = {
        let fixture = try! Fixture([
            "agencies/snap/agency.yaml": """
            name: องค์การบริหารส่วนตำบลตัวอย่าง
            kind: องค์การบริหารส่วนตำบล
            district: เมือง
            province: ลพบุรี
            website: https://www.example.go.th/
            base_url: https://www.example.go.th/oit/
            phone: 036-000000
            """,
            "agencies/snap/2565/year.yaml": "round: 2566\n",
            "agencies/snap/2565/results.yaml":
                "indicators: {1: 90, 2: 85, 3: 88, 4: 79, 5: 82, 6: 76, 7: 81, 8: 70, 9: 92, 10: 60}\n",
            "agencies/snap/2566/year.yaml": """
            items:
              o12:
                status: done
                updated: 2566-04-20
                unit: กองคลัง
                covers: 2565-10-01..2566-03-31
                elements: [1, 2]
                summary: รายงานการกำกับติดตามการดำเนินงาน รอบ 6 เดือน
                evidence:
                  - title: รายงานรอบ 6 เดือน
                    url: https://www.example.go.th/o12
                body: |
                  | ไตรมาส | ร้อยละ |
                  |---|---|
                  | 1 | 22.5 |
                  <script>alert(1)</script> [ลิงก์](javascript:alert(1))
              o18:
                status: n/a
                reason: ยังไม่มีบริการออนไลน์ที่ต้องเปิด
            """,
            "agencies/snap/2566/results.yaml":
                "indicators: {1: 92, 2: 84, 3: 88, 4: 85, 5: 80, 6: 79, 7: 83, 8: 74, 9: 95, 10: 70}\nstated: {overall: 84.00}\n",
            "agencies/snap/2566/measures.yaml": """
            measures:
              - id: M1
                title: มาตรการเปิดเผยข้อมูลการจัดซื้อจัดจ้าง
                indicators: [10]
                questions: [i8]
                items: [o21]
                steps: [จัดทำสรุปรายเดือน, เผยแพร่บนเว็บไซต์]
                period: ตลอดปีงบประมาณ 2566
                units: [กองคลัง]
            """,
            "agencies/snap/2566/progress/12-month.yaml": """
            round: 12-month
            date: 2566-10-16
            entries:
              - measure: M1
                status: done
                summary: เผยแพร่ครบ 12 เดือน
            memo:
              office: สำนักปลัด
              number: ลบ 0001/1
              date: 2566-10-16
              subject: รายงานผลการดำเนินการตามมาตรการ
              to: นายกองค์การบริหารส่วนตำบลตัวอย่าง
              body: ตามที่ได้จัดทำมาตรการ …
              signatures:
                - {name: (นางสาวตัวอย่าง ทดสอบ), position: นักวิเคราะห์นโยบายและแผน}
            """,
        ])
        return (fixture, fixture.build())
    }()

    /// The build succeeded without an error, so that pages compared below are this build's (a
    /// failed build writes nothing, and a stale page could otherwise be compared).
    static func assertBuilt() throws {
        try #require(outcome.wrote, "\(outcome.diagnostics.sorted.map { $0.formatted() })")
        try #require(outcome.diagnostics.errorCount == 0, "\(outcome.diagnostics.errors.map { $0.formatted() })")
    }

    @Test(arguments: [
        "snap/2566/o12/index.html", "snap/2566/index.html", "snap/2566/results/index.html",
        "snap/2566/measures/index.html", "snap/2566/progress/12-month/memo/index.html", "snap/2566/submission.csv",
    ])
    func page(_ path: String) throws {
        try Self.assertBuilt()
        let text = try String(contentsOf: Self.fixture.output.appendingPathComponent(path), encoding: .utf8)
        try assertSnapshot(text, named: path.replacingOccurrences(of: "/", with: "_"))
    }

    @Test func markdownIsSafe() throws {
        try Self.assertBuilt()
        let html = try String(contentsOf: Self.fixture.output.appendingPathComponent("snap/2566/o12/index.html"), encoding: .utf8)
        #expect(html.contains("<table>"))
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("javascript:"))
    }
}
