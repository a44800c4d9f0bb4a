/// Everything the tool can tell a webmaster about their content, in Thai (default) and English.
///
/// Messages are values, not strings, so that tests assert on what was found rather than on wording.
public enum Message: Sendable, Equatable {
    // Files and YAML
    case unreadableFile(String)
    case yamlSyntax(String)
    case unclosedFrontMatter
    case wrongType(key: String?, expected: ValueKind)
    case unknownKey(String, suggestion: String?)
    case missingKey(String)
    case invalidChoice(String, allowed: [String])
    case invalidDate(String)
    case invalidCoverage(String)
    case invalidURL(String)
    case invalidFolderName(String)
    case strayFolder(String)
    case missingFile(String)
    case noAgencies(String)

    // Frameworks and items
    case unknownFramework(round: Int, known: [Int])
    case duplicateFramework(round: Int, other: SourceLocation)
    case unknownItem(String, round: Int, suggestion: String?)
    case duplicateCode(String, other: SourceLocation)
    case unknownGroup(String)
    case reasonRequired(String)
    case elementOutOfRange(Int, count: Int)
    case missingEntries([String])
    case periodMismatch(item: String, rule: String)
    case partialFramework(round: Int)

    // Results, analysis, measures and progress
    case scoreOutOfRange(Double)
    case unknownIndicator(String, suggestion: String?)
    case unknownQuestion(String, suggestion: String?)
    case measureAddressesNothing(String)
    case unknownMeasure(String, suggestion: String?)
    case measureNotReported(measure: String, report: String)
    case incompleteResults(missing: [Int])
    case statedDiffers(figure: String, stated: String, computed: String)

    // Templates
    case templateSyntax(String)
    case missingTemplate(String)
    case unknownTemplateName(String, template: String)

    // Task: safety (issue 8): output folder, containment, bounded input, locations
    case outputRefused(reason: OutputGuard.Refusal)
    case outputPathEscapes(String)
    case outsideContent(String)
    case cannotWrite(path: String, reason: String)
    case missingFolder(String)
    case unreadableFolder(String)
    case linkLoop(String)
    case fileTooLarge(String, limit: Int)
    case notUTF8
    case nulCharacter
    case controlCharacter(String)
    case yamlSyntaxStarted(problem: String, context: String, stoppedAt: SourceLocation)
    case duplicateKey(String, first: SourceLocation)
    case yamlTooDeep(limit: Int)
    case yamlTooManyAliases(limit: Int)
    case numberOutOfRange(key: String?, value: Double, range: ClosedRange<Double>)
    case dateOutOfRange(String, earliest: Int, latest: Int)
    case weightsDoNotSumToOne(sum: Double)
    case unsafeFileName(String, character: String)
    case templateProblem(TemplateProblem, detail: String?)

    public func text(in language: Language) -> String {
        switch language {
        case .thai: return Invisible.escaped(thai)
        case .english: return Invisible.escaped(english)
        }
    }
}

/// The kinds of value a key can hold, named for messages.
public enum ValueKind: String, Sendable {
    case mapping, list, text, number, wholeNumber, date, yesNo

    var thai: String {
        switch self {
        case .mapping: return "ชุดข้อมูลแบบ ชื่อ: ค่า"
        case .list: return "รายการ (ขึ้นต้นแต่ละบรรทัดด้วย - )"
        case .text: return "ข้อความ"
        case .number: return "ตัวเลข"
        case .wholeNumber: return "จำนวนเต็ม"
        case .date: return "วันที่ (ปปปป-ดด-วว)"
        case .yesNo: return "true หรือ false"
        }
    }

    var english: String {
        switch self {
        case .mapping: return "a mapping (key: value)"
        case .list: return "a list"
        case .text: return "text"
        case .number: return "a number"
        case .wholeNumber: return "a whole number"
        case .date: return "a date (YYYY-MM-DD)"
        case .yesNo: return "true or false"
        }
    }
}
