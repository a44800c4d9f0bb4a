import Foundation
import Testing

@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

@Suite struct FrameworkTests {
    func builtIn() throws -> [Int: Framework] {
        let fixture = try Fixture(year: "round: 2566\n")
        return fixture.load().frameworks
    }

    @Test func round2566IsCompleteWithAll43Items() throws {
        let framework = try #require(try builtIn()[2566])
        #expect(!framework.partial)
        #expect(framework.items.map(\.code) == (1...43).map { "o\($0)" })
        #expect(framework.items.allSatisfy { !$0.elements.isEmpty })
        #expect(framework.indicators.map(\.number) == Array(1...10))
        #expect(framework.groups.map(\.code) == ["9.1", "9.2", "9.3", "9.4", "9.5", "10.1", "10.2"])
        #expect(framework.tools.map(\.weight) == [0.30, 0.30, 0.40])
        #expect(framework.item(holding: .analysis)?.code == "o42")
        #expect(framework.item(holding: .progress)?.code == "o43")
    }

    @Test func periodRulesFollowTheDomainFacts() throws {
        let framework = try #require(try builtIn()[2566])
        func codes(_ rule: PeriodRule) -> Set<String> { Set(framework.items.filter { $0.period == rule }.map(\.code)) }
        #expect(codes(.inForce) == ["o4", "o11", "o23", "o25", "o36"])
        #expect(codes(.firstHalf).isSuperset(of: ["o12", "o16", "o24", "o29", "o33", "o37"]))
        #expect(codes(.previousYear) == ["o13", "o17", "o22", "o26", "o38", "o42"])
        #expect(codes(.inYear).isSuperset(of: ["o7", "o19", "o20", "o31", "o32", "o34", "o35", "o40", "o41", "o43"]))
    }

    @Test func laterRoundsArePartialAndSayWhy() throws {
        let frameworks = try builtIn()
        for round in [2567, 2568, 2569] {
            let framework = try #require(frameworks[round])
            #expect(framework.partial)
            #expect(framework.note?.isEmpty == false)
        }
    }

    @Test func contentFolderReplacesABuiltInRoundWhenAsked() throws {
        let fixture = try Fixture(
            year: "round: 2566\n",
            extra: [
                "frameworks/2566.yaml": """
                round: 2566
                replace: true
                tools: [{code: OIT, name: เปิดเผยข้อมูล, weight: 1}]
                indicators: [{number: 9, name: การเปิดเผยข้อมูล, tool: OIT}]
                groups: [{code: "9.1", name: ข้อมูลพื้นฐาน, indicator: 9}]
                items:
                  - {code: o1, title: โครงสร้าง, group: "9.1", elements: [แผนผัง]}
                """
            ])
        let framework = try #require(fixture.load().frameworks[2566])
        #expect(framework.items.map(\.code) == ["o1"])
        #expect(fixture.check().errorCount == 0)
    }

    @Test func brokenFrameworkEditFailsWithPlace() throws {
        let fixture = try Fixture(
            year: "round: 2566\n",
            extra: [
                "frameworks/2566.yaml": """
                round: 2566
                tools: [{code: OIT, name: x, weight: 1}]
                indicators: [{number: 9, name: x, tool: OIT}]
                items:
                  - {code: o1, title: x, group: "9.9", perod: current}
                """
            ])
        // Without `replace: true` the file extends the built-in 2566, whose o1 it corrects.
        let diagnostics = fixture.check()
        #expect(diagnostics.places { if case .unknownGroup("9.9") = $0 { true } else { false } } == ["frameworks/2566.yaml:5:12"])
        #expect(
            diagnostics.places { if case .unknownKey("perod", "period") = $0 { true } else { false } } == [
                "frameworks/2566.yaml:5:40"
            ])
    }

    @Test func unknownRoundIsAnError() throws {
        let fixture = try Fixture(year: "round: 2599\n")
        #expect(
            fixture.check().places { if case .unknownFramework(2599, _) = $0 { true } else { false } } == ["2566/year.yaml:1:8"])
    }
}

/// What the built-in rounds 2567–2569 hold, as the public research states it.
@Suite struct LaterRoundTests {
    func builtIn() throws -> [Int: Framework] {
        try Fixture(year: "round: 2566\n").load().frameworks
    }

    @Test func eachRoundListsTheItemsWhoseTitleIsKnown() throws {
        let frameworks = try builtIn()
        #expect(frameworks[2567]?.items.map(\.code) == ["o1", "o2", "o3"])
        #expect(frameworks[2568]?.items.map(\.code) == ["o1", "o3", "o4", "o6"] + (8...24).map { "o\($0)" } + ["o27"])
        #expect(frameworks[2569]?.items.map(\.code) == ["o1", "o3", "o4", "o5"] + (8...26).map { "o\($0)" })
    }

    @Test func everyItemOfAPartialRoundSaysWhereItComesFromAndHowSure() throws {
        let frameworks = try builtIn()
        for round in [2567, 2568, 2569] {
            let framework = try #require(frameworks[round])
            for item in framework.items {
                #expect(item.source?.isEmpty == false, "\(round) \(item.code)")
                #expect(item.confidence != nil, "\(round) \(item.code)")
            }
        }
        #expect(frameworks[2569]?.items.allSatisfy { $0.confidence == .low } == true)
        #expect(frameworks[2566]?.items.allSatisfy { $0.confidence == .high && $0.source != nil } == true)
    }

    @Test func itemsThatHoldTheAnalysisAndProgress() throws {
        let frameworks = try builtIn()
        #expect(frameworks[2568]?.item(holding: .analysis)?.code == "o27")
        #expect(frameworks[2568]?.item(holding: .progress) == nil)
        #expect(frameworks[2569]?.item(holding: .analysis)?.code == "o25")
        #expect(frameworks[2569]?.item(holding: .progress)?.code == "o26")
        #expect(frameworks[2567]?.item(holding: .analysis) == nil)
    }

    @Test func onlyRound2566NamesThePrivacyPolicyItem() throws {
        let frameworks = try builtIn()
        #expect(frameworks[2566]?.privacyPolicyItem?.code == "o10")
        for round in [2567, 2568, 2569] { #expect(frameworks[round]?.privacyPolicyItem == nil) }
    }

    @Test func unstatedPeriodsStayUnstated() throws {
        let frameworks = try builtIn()
        let round2568 = try #require(frameworks[2568])
        #expect(round2568.item("o13")?.period == .previousYear)
        #expect(round2568.item("o12")?.period == .inYear)
        #expect(round2568.item("o1")?.periodStated == false)
        #expect(round2568.item("o1")?.period == .current)
        #expect(frameworks[2566]?.items.allSatisfy(\.periodStated) == true)
        #expect(frameworks[2567]?.items.contains(where: \.periodStated) == false)
    }

    @Test func unnumberedGroupsSayTheyAreUnnumbered() throws {
        let round2568 = try #require(try builtIn()[2568])
        // No group may pose as an official sub-indicator number such as "9.2".
        #expect(round2568.groups.allSatisfy { !$0.code.contains(".") })
        #expect(round2568.item("o12")?.group == "9-procurement")
        #expect(round2568.item("o6")?.group == "9-budget")
        #expect(round2568.group("9")?.indicator == 9)
    }

    @Test func everyBuiltInRoundNamesItsQuestionPrefixes() throws {
        for (round, framework) in try builtIn() {
            #expect(framework.tools.map { $0.questionPrefix ?? "" } == ["i", "e", "o"], "\(round)")
            #expect(framework.tool(forQuestion: "i12")?.code == "IIT")
            #expect(framework.tool(forQuestion: "e3")?.code == "EIT")
            #expect(framework.tool(forQuestion: "o10")?.code == "OIT")
            #expect(framework.tool(forQuestion: "x1") == nil)
            #expect(framework.analysisThreshold == 80)
            #expect(framework.items.allSatisfy { FrameworkDraft.isValidItemCode($0.code) })
        }
    }

    @Test func aBrokenOverrideReportsItsOwnErrorsNotEveryEntryItMakesLookWrong() throws {
        let fixture = try Fixture(
            year: "items:\n  o1: {status: done}\n  o12: {status: done}\n",
            extra: [
                "frameworks/2566.yaml": """
                round: 2566
                replace: true
                tools: [{code: OIT, name: x, weight: 1, question_prefix: o}]
                indicators: [{number: 9, name: x, tool: OIT}]
                groups: [{code: "9.1", name: x, indicator: 9}]
                items:
                  - {code: o1, title: x, grup: "9.1"}
                """
            ])
        let errors = fixture.check().errors
        #expect(!errors.isEmpty)
        #expect(
            errors.allSatisfy { $0.location?.file.path.hasSuffix("frameworks/2566.yaml") == true },
            "\(errors.map { $0.formatted() })")
    }
}
