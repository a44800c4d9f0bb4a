import Foundation
import Testing

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
