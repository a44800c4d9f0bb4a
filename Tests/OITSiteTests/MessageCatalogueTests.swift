import Testing

@testable import OITCheck
@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

/// One sample of every case of `Message` (and of every finding a family enum holds), worded and
/// given its rule id: what the compiler cannot check, that no id is empty and that no two cases
/// say the same thing by a copied line. The compiler checks the rest: `Message.family` has no
/// `default:`, so a new case does not build until it has a family, a wording and a rule id.
@Suite struct MessageCatalogueTests {
    /// Every case of `Message` once, with the findings of `YearFinding`, `ITASFinding`,
    /// `LinkFinding` and `EditFinding` each once. A new case of `Message` belongs here too.
    static let samples: [Message] = [
        // Files
        .unreadableFile("x"), .cannotWrite(path: "x", reason: "x"), .missingFile("x"), .noAgencies("x"),
        .strayFolder("x"), .strayFile("x"), .unknownContentFile("x", suggestion: nil),
        .christianEraYearFolder("2024", buddhistYear: 2567), .invalidFolderName("x"),
        // Values
        .yamlSyntax("x"), .unclosedFrontMatter, .wrongType(key: nil, expected: .text), .unknownKey("x", suggestion: nil),
        .missingKey("x"), .invalidChoice("x", allowed: []), .invalidDate("x"), .invalidCoverage("x"), .invalidURL("x"),
        .unknownChoice("x", choices: [["done", "เสร็จ"]], suggestion: nil),
        .dayNotInMonth("2570-02-29", year: 2570, month: 2, day: 29), .dateOutOfRange("x", earliest: 1900, latest: 2100),
        .numberOutOfRange(key: nil, value: 2, range: 0...1),
        // Frameworks
        .unknownFramework(round: 1, known: []), .duplicateFramework(round: 1, other: .file("x")),
        .partialFramework(round: 1), .itemsFromContent(codes: ["x"], round: 1), .itemNeedsTitle("x", round: 1),
        .emptyYear(year: 2566, round: 1), .invalidItemCode("x"), .invalidQuestionPrefix("x"),
        .weightsDoNotSumToOne(sum: 0.5),
        // Items
        .unknownItem("x", round: 1, suggestion: nil), .duplicateCode("x", other: .file("x")), .unknownGroup("x"),
        .reasonRequired("x"), .elementOutOfRange(1, count: 1), .missingEntries(["x"]),
        .periodMismatch(item: "x", rule: .inYear, fiscalYear: 2566), .elementsNotListed(item: "x", numbers: [1]),
        .analysisWithoutResults(item: "x", resultsYear: 2566, file: "x"), .doneWithoutEvidence("x"),
        .invalidElements("x"),
        // Results
        .scoreOutOfRange(101), .unknownIndicator("x", suggestion: nil), .unknownQuestion("x", suggestion: nil),
        .measureAddressesNothing("x"), .unknownMeasure("x", suggestion: nil, year: 2566),
        .measureNotReported(measure: "x", report: "x"), .incompleteResults(missing: [1]),
        .statedDiffers(.overall, stated: .score(1), computed: .score(2)),
        // Templates
        .templateSyntax("x"), .missingTemplate("x"), .unknownTemplateName("x", template: "x"),
        .templateProblem(.unfinishedTag, detail: nil),
        // Output
        .outputRefused(reason: .isFile), .outputPathEscapes("x"), .outsideContent("x"), .missingFolder("x"),
        .unreadableFolder("x"), .linkLoop("x"), .fileTooLarge("x", limit: 1_048_576), .unsafeFileName("x", character: "?"),
        // Input
        .notUTF8, .nulCharacter, .controlCharacter("U+0007"),
        .yamlSyntaxStarted(problem: "x", context: "x", stoppedAt: .file("x")), .duplicateKey("x", first: .file("x")),
        .yamlTooDeep(limit: 1), .yamlTooManyAliases(limit: 1), .yamlMistake(.tab),
        // Findings that are enums of their own
        .fiscalYear(.roundAssumed(year: 2567, round: 2567)),
        .fiscalYear(.roundNotAssessedYet(file: "x", round: 2568, belongsIn: 2567)),
        .fiscalYear(.measuresYearMissing(measure: "x", year: 2567)),
        .fiscalYear(.dateFarAfterYear(date: "2570-01-01", fiscalYear: 2566)),
        .fiscalYear(.reportDateOutsideYear(date: "2570-01-01", fiscalYear: 2566)),
        .fiscalYear(.unlistedItems(codes: ["x"], round: 2567)), .fiscalYear(.provinceUnlikely(province: "x", kind: "x")),
        .fiscalYear(.placeholderValue(key: "x", value: "x")),
        .itas(.invalidCode("x")), .itas(.unusualLength("x", usual: 6)), .itas(.codeMissing(item: "x")),
        .link(.dead(url: "x", result: .notFound, status: 404, finalURL: nil)), .link(.networkDown(links: 2)),
        .edit(.invalidPath("x")), .edit(.pathThroughText(path: "x", at: "x")),
        .edit(.wrongContainer(path: "x", at: "x", isList: true)), .edit(.indexOutOfRange(path: "x", index: 2, count: 1)),
        .edit(.throughAlias(path: "x")), .edit(.invalidValue("x", problem: "x")),
        .edit(.resultUnreadable(path: "x", problem: "x")), .edit(.readBackDiffers(path: "x")),
        .edit(.changedOnDisk("x")),
    ]

    /// The name of a message's case (`unreadableFile`), whether or not it has values.
    static func caseName(_ message: Message) -> String {
        Mirror(reflecting: message).children.first?.label ?? String(describing: message)
    }

    @Test func theSamplesHoldEveryCaseOnce() {
        let names = Self.samples.map(Self.caseName)
        let findingCases = ["fiscalYear", "itas", "link", "edit"]
        let plain = names.filter { !findingCases.contains($0) }
        #expect(Set(plain).count == plain.count, "a case sampled twice")
        // 74 cases of Message: raise with each new case, and add its sample above.
        #expect(Set(names).count == 74)
        #expect(Set(Self.samples.map(\.family)) == Set(MessageFamily.allCases))
    }

    @Test func everyRuleIDIsKnownKebabCaseAndUsed() {
        let ids = Self.samples.map(\.ruleID)
        for (message, id) in zip(Self.samples, ids) {
            #expect(!id.isEmpty, "\(message) has no rule id")
            #expect(id.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)*/) != nil, "\(message): \(id)")
            #expect(Message.allRuleIDs.contains(id), "\(id) is missing from allRuleIDs")
        }
        #expect(Set(ids) == Set(Message.allRuleIDs), "a rule id no message has")
    }

    @Test func noTwoCasesShareWording() {
        for language in [Language.thai, .english] {
            var seen: [String: Message] = [:]
            for message in Self.samples {
                let text = message.text(in: language)
                #expect(!text.isEmpty && text != message.ruleID, "\(message) has no wording")
                if let other = seen[text] { Issue.record("\(message) and \(other) both say: \(text)") }
                seen[text] = message
            }
        }
    }
}
