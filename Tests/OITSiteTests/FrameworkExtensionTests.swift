import Foundation
import Testing

@testable import OITLoad
@testable import OITRender
@testable import OITSite

/// A content file `frameworks/<round>.yaml` extends the built-in round of the same number.
@Suite struct FrameworkExtensionTests {
    func fixture(_ framework: String, round: Int = 2567) throws -> Fixture {
        try Fixture(year: "round: \(round)\n", extra: ["frameworks/\(round).yaml": framework])
    }

    @Test func extensionAddsAnItemAfterTheBuiltInOnes() throws {
        let fixture = try fixture(
            """
            round: 2567
            items:
              - code: o4
                title: แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน
                group: "9.2"
                period: in-force
                elements: [แสดงแผนที่มีระยะมากกว่า 1 ปี]
                source: คู่มือการประเมิน ITA 2567
                confidence: high
            """)
        let framework = try #require(fixture.load().frameworks[2567])
        #expect(framework.items.map(\.code) == ["o1", "o2", "o3", "o4"])
        #expect(framework.item("o4")?.confidence == .high)
        #expect(framework.item("o4")?.period == .inForce)
        #expect(framework.partial)
        #expect(framework.tools.count == 3)
        #expect(fixture.check().errorCount == 0)
    }

    @Test func extensionCorrectsOnlyTheKeysItWrites() throws {
        let fixture = try fixture(
            """
            round: 2566
            items:
              - {code: o1, title: โครงสร้างหน่วยงาน}
            """, round: 2566)
        let framework = try #require(fixture.load().frameworks[2566])
        #expect(framework.items.count == 43)
        let item = try #require(framework.item("o1"))
        #expect(item.title == "โครงสร้างหน่วยงาน")
        #expect(item.group == "9.1")
        #expect(item.elements.count == 2)
        #expect(item.confidence == .high)
        #expect(fixture.check().errorCount == 0)
    }

    @Test func extensionCorrectsToolsGroupsAndRoundKeys() throws {
        let fixture = try fixture(
            """
            round: 2567
            partial: false
            note: ครบถ้วนตามคู่มือ
            analysis_threshold: 85
            tools:
              - {code: EIT, weight: 0.25}
              - {code: IIT, weight: 0.35}
            groups:
              - {code: "10.1", name: การป้องกันการทุจริต, indicator: 10}
            items:
              - {code: o3, group: "10.1"}
            """)
        let framework = try #require(fixture.load().frameworks[2567])
        #expect(!framework.partial)
        #expect(framework.note == "ครบถ้วนตามคู่มือ")
        #expect(framework.analysisThreshold == 85)
        #expect(framework.tool("EIT")?.weight == 0.25)
        #expect(framework.tool("EIT")?.questionPrefix == "e")
        #expect(framework.groups.map(\.code) == ["9.1", "9.2", "10.1"])
        #expect(framework.item("o3")?.group == "10.1")
        #expect(framework.item("o3")?.title == "อำนาจหน้าที่")
        #expect(fixture.check().errorCount == 0)
    }

    @Test func replaceTrueDropsTheBuiltInRound() throws {
        let fixture = try fixture(
            """
            round: 2567
            replace: true
            tools: [{code: OIT, name: เปิดเผยข้อมูล, weight: 1, question_prefix: o}]
            indicators: [{number: 9, name: การเปิดเผยข้อมูล, tool: OIT}]
            groups: [{code: "9.1", name: ข้อมูลพื้นฐาน, indicator: 9}]
            items:
              - {code: o9, title: Social Network, group: "9.1"}
            """)
        let framework = try #require(fixture.load().frameworks[2567])
        #expect(framework.items.map(\.code) == ["o9"])
        #expect(framework.tools.map(\.code) == ["OIT"])
        #expect(!framework.partial)
        #expect(framework.analysisThreshold == 80)
    }

    @Test func roundWithoutABuiltInFileIsLoadedAsIs() throws {
        let fixture = try fixture(
            """
            round: 2570
            partial: true
            tools: [{code: OIT, name: เปิดเผยข้อมูล, weight: 1}]
            indicators: [{number: 9, name: การเปิดเผยข้อมูล, tool: OIT}]
            groups: [{code: "9.1", name: ข้อมูลพื้นฐาน, indicator: 9}]
            items:
              - {code: o1, title: โครงสร้าง, group: "9.1"}
            """, round: 2570)
        let framework = try #require(fixture.load().frameworks[2570])
        #expect(framework.items.map(\.code) == ["o1"])
        #expect(framework.tool(forQuestion: "o1") == nil)
        #expect(fixture.check().errorCount == 0)
    }

    @Test func brokenExtensionReportsFileLineAndColumn() throws {
        let fixture = try fixture(
            """
            round: 2567
            analysis_threshold: 120
            tools:
              - {code: IIT, question_prefix: I}
            items:
              - {code: o4, title: แผน}
              - {code: o5, title: ข่าว, group: "9.9"}
              - {code: ../../x, title: x, group: "9.1"}
              - {code: o2, confidence: sure}
              - {code: o6, title: ซ้ำ, group: "9.1"}
              - {code: o6, title: ซ้ำ, group: "9.1"}
            """)
        let diagnostics = fixture.check()
        #expect(
            diagnostics.places { if case .scoreOutOfRange(120) = $0 { true } else { false } } == ["frameworks/2567.yaml:2:21"])
        #expect(
            diagnostics.places { if case .invalidQuestionPrefix("I") = $0 { true } else { false } } == [
                "frameworks/2567.yaml:4:34"
            ])
        #expect(diagnostics.places { if case .missingKey("group") = $0 { true } else { false } } == ["frameworks/2567.yaml:6:5"])
        #expect(diagnostics.places { if case .unknownGroup("9.9") = $0 { true } else { false } } == ["frameworks/2567.yaml:7:12"])
        #expect(
            diagnostics.places { if case .invalidItemCode("../../x") = $0 { true } else { false } } == [
                "frameworks/2567.yaml:8:12"
            ])
        #expect(
            diagnostics.places { if case .unknownChoice("sure", _, _) = $0 { true } else { false } } == [
                "frameworks/2567.yaml:9:28"
            ]
        )
        #expect(
            diagnostics.places { if case .duplicateCode("o6", _) = $0 { true } else { false } } == ["frameworks/2567.yaml:11:12"])
        let framework = try #require(fixture.load().frameworks[2567])
        #expect(!framework.items.contains { $0.code.contains("/") })
        #expect(framework.tool("IIT")?.questionPrefix == "i")
    }

    @Test func itemCodesMustBeLettersThenDigits() {
        for good in ["o1", "o43", "moi22", "e999"] { #expect(FrameworkDraft.isValidItemCode(good), "\(good)") }
        for bad in ["O1", "o", "1", "o1234", "abcd1", "o1a", "../../x", "o-1", "o 1", "", "๐๑", "o๑"] {
            #expect(!FrameworkDraft.isValidItemCode(bad), "\(bad)")
        }
    }

    @Test func twoContentFilesForOneRoundAreAnError() throws {
        let fixture = try Fixture(
            year: "round: 2567\n",
            extra: [
                "frameworks/2567.yaml": "round: 2567\n",
                "frameworks/2567-more.yaml": "round: 2567\n",
            ])
        #expect(
            fixture.check().places { if case .duplicateFramework(2567, _) = $0 { true } else { false } } == [
                "frameworks/2567.yaml:1:1"
            ])
    }
}
