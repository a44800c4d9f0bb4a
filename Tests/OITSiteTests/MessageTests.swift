import Foundation
import Testing

@testable import OITCheck
@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

/// Messages are values; their wording, Thai and English, is made in one place.
@Suite struct MessageTests {

    @Test func periodRuleIsAValueWordedInEachLanguage() throws {
        let fixture = try Fixture(year: "items:\n  o7:\n    status: done\n    updated: 2564-05-01\n")
        let warning = try #require(
            fixture.check().warnings.first { if case .periodMismatch = $0.message { true } else { false } })
        #expect(warning.message == .periodMismatch(item: "o7", rule: .inYear, fiscalYear: 2566))
        #expect(warning.location?.line == 4)
        let english = warning.message.text(in: .english)
        #expect(english.contains("fiscal year 2566 (1 Oct 2022 – 30 Sep 2023)"))
        #expect(english.hasThaiLetters == false)
        #expect(warning.message.text(in: .thai).contains("ปีงบประมาณ พ.ศ. 2566"))
    }

    @Test func everyWarningOfTheExampleBuildIsWhollyEnglishWithLangEn() throws {
        let builder = SiteBuilder(options: .init(content: Paths.exampleContent, theme: Paths.theme, output: Paths.exampleContent))
        let diagnostics = builder.check().diagnostics
        #expect(diagnostics.warningCount > 0)
        for diagnostic in diagnostics.sorted {
            let text = diagnostic.formatted(in: .english)
            #expect(text.hasThaiLetters == false, "\(text)")
        }
    }

    /// Issue 17: a wrong status lists the Thai words too, and suggests the likely one in the
    /// script the clerk typed; in English only the English words (the value typed is quoted).
    @Test func aWrongStatusListsTheThaiWordsAndSuggestsTheClosest() throws {
        let fixture = try Fixture(
            year: "items:\n  o1:\n    status: เสร็จแล้ว\n  o2:\n    status: Done\n  o3:\n    status: ยังไม่ดำเนินการ\n")
        let messages = fixture.check().errors.map(\.message)
        let choices = ItemStatus.allCases.map(\.spellings)
        #expect(
            messages == [
                .unknownChoice("เสร็จแล้ว", choices: choices, suggestion: 0),
                .unknownChoice("Done", choices: choices, suggestion: 0),
                .unknownChoice("ยังไม่ดำเนินการ", choices: choices, suggestion: 2),
            ])
        let thai = messages[0].text(in: .thai)
        #expect(thai.contains("done (ดำเนินการแล้ว), in-progress (อยู่ระหว่างดำเนินการ), not-started (ยังไม่ได้ดำเนินการ), n/a (ไม่เกี่ยวข้อง)"))
        #expect(thai.hasSuffix("หมายถึง \"ดำเนินการแล้ว\" หรือไม่?"))
        #expect(messages[1].text(in: .thai).hasSuffix("หมายถึง \"done\" หรือไม่?"))
        let english = messages[0].text(in: .english)
        #expect(english.contains("use one of: done, in-progress, not-started, n/a (or their Thai words). Did you mean \"done\"?"))
        #expect(english.replacingOccurrences(of: "เสร็จแล้ว", with: "").hasThaiLetters == false)
        #expect(messages[0].ruleID == "invalid-choice")
    }

    @Test func aWrongProgressStatusSuggestsToo() throws {
        let fixture = try Fixture(
            year: "items:\n  o1:\n    status: done\n",
            extra: [
                "agencies/test/2566/progress/6-month.yaml": "round: 6-month\nentries:\n  - measure: M1\n    status: กำลังดำเนินการ\n"
            ])
        let error = try #require(fixture.check().errors.first { if case .unknownChoice = $0.message { true } else { false } })
        #expect(error.message == .unknownChoice("กำลังดำเนินการ", choices: ProgressStatus.allCases.map(\.spellings), suggestion: 1))
        #expect(error.message.text(in: .thai).contains("หมายถึง \"อยู่ระหว่างดำเนินการ\" หรือไม่?"))
    }

    @Test func everyCaseHasBothWordings() {
        let samples: [Message] = [
            .cannotWrite(path: "Site", reason: "Permission denied"), .strayFile("items/notes.txt"),
            .statedDiffers(.tool("IIT"), stated: .score(87.6), computed: .score(87.64)),
            .periodMismatch(item: "o12", rule: .firstHalf, fiscalYear: 2567),
        ]
        for message in samples {
            #expect(message.text(in: .english).hasThaiLetters == false)
            #expect(message.text(in: .thai).hasThaiLetters)
        }
    }
}

extension String {
    /// Whether any letter of the Thai block (U+0E00–U+0E7F) is in the text.
    var hasThaiLetters: Bool { unicodeScalars.contains { (0x0E00...0x0E7F).contains($0.value) } }
}
