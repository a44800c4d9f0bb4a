/// A stable, kebab-case name for each kind of message: what `--format json|github` print as the
/// rule, and what `--allow <rule>` names. Never reuse or rename an id: CI files refer to them.
extension Message {
    /// The id of the rule, from the function of its family (`Message+Family.swift` tells why no
    /// switch here needs a `default:`).
    public var ruleID: String {
        switch family {
        case .files: return fileRuleID
        case .values: return valueRuleID
        case .frameworks: return frameworkRuleID
        case .items: return itemRuleID
        case .results: return resultRuleID
        case .templates: return templateRuleID
        case .output: return outputRuleID
        case .input: return inputRuleID
        case .findings: return findingRuleID
        }
    }

    /// Files and folders.
    private var fileRuleID: String {
        switch self {
        case .unreadableFile: return "unreadable-file"
        case .cannotWrite: return "cannot-write"
        case .missingFile: return "missing-file"
        case .noAgencies: return "no-agencies"
        case .strayFolder: return "stray-folder"
        case .strayFile: return "stray-file"
        case .unknownContentFile: return "unknown-content-file"
        case .christianEraYearFolder: return "christian-era-year-folder"
        case .invalidFolderName: return "invalid-folder-name"
        default: misrouted(.files)
        }
    }

    /// YAML syntax and the values of keys.
    private var valueRuleID: String {
        switch self {
        case .yamlSyntax: return "yaml-syntax"
        case .unclosedFrontMatter: return "unclosed-front-matter"
        case .wrongType: return "wrong-type"
        case .unknownKey: return "unknown-key"
        case .missingKey: return "missing-key"
        case .invalidChoice: return "invalid-choice"
        case .invalidDate: return "invalid-date"
        case .invalidCoverage: return "invalid-coverage"
        case .invalidURL: return "invalid-url"
        // The same rule as invalidChoice, now with the Thai words listed too (issue 17).
        case .unknownChoice: return "invalid-choice"
        // The same rule as invalidDate, told with the day the month lacks (issue 17).
        case .dayNotInMonth: return "invalid-date"
        case .dateOutOfRange: return "date-out-of-range"
        case .numberOutOfRange: return "number-out-of-range"
        default: misrouted(.values)
        }
    }

    /// Frameworks, rounds, item codes and weights.
    private var frameworkRuleID: String {
        switch self {
        case .unknownFramework: return "unknown-framework"
        case .duplicateFramework: return "duplicate-framework"
        case .partialFramework: return "partial-framework"
        case .itemsFromContent: return "items-from-content"
        case .itemNeedsTitle: return "item-needs-title"
        case .emptyYear: return "empty-year"
        case .invalidItemCode: return "invalid-item-code"
        case .invalidQuestionPrefix: return "invalid-question-prefix"
        case .weightsDoNotSumToOne: return "weights-do-not-sum-to-one"
        default: misrouted(.frameworks)
        }
    }

    /// Items' entries and their public pages.
    private var itemRuleID: String {
        switch self {
        case .unknownItem: return "unknown-item"
        case .duplicateCode: return "duplicate-code"
        case .unknownGroup: return "unknown-group"
        case .reasonRequired: return "reason-required"
        case .elementOutOfRange: return "element-out-of-range"
        case .missingEntries: return "missing-entries"
        case .periodMismatch: return "period-mismatch"
        // Element numbers that name no element, as elementOutOfRange (issue 17).
        case .elementsNotListed: return "element-out-of-range"
        // Public pages (issue 17)
        case .analysisWithoutResults: return "analysis-without-results"
        case .doneWithoutEvidence: return "done-without-evidence"
        case .invalidElements: return "invalid-elements"
        default: misrouted(.items)
        }
    }

    /// Results, analysis, measures and progress.
    private var resultRuleID: String {
        switch self {
        case .scoreOutOfRange: return "score-out-of-range"
        case .unknownIndicator: return "unknown-indicator"
        case .unknownQuestion: return "unknown-question"
        case .measureAddressesNothing: return "measure-addresses-nothing"
        case .unknownMeasure: return "unknown-measure"
        case .measureNotReported: return "measure-not-reported"
        case .incompleteResults: return "incomplete-results"
        case .statedDiffers: return "stated-differs"
        default: misrouted(.results)
        }
    }

    /// Templates of the theme.
    private var templateRuleID: String {
        switch self {
        case .templateSyntax: return "template-syntax"
        case .missingTemplate: return "missing-template"
        case .unknownTemplateName: return "unknown-template-name"
        case .templateProblem: return "template-problem"
        default: misrouted(.templates)
        }
    }

    /// The output folder, and files outside the content or out of bounds (issue 8).
    private var outputRuleID: String {
        switch self {
        case .outputRefused: return "output-refused"
        case .outputPathEscapes: return "output-path-escapes"
        case .outsideContent: return "outside-content"
        case .missingFolder: return "missing-folder"
        case .unreadableFolder: return "unreadable-folder"
        case .linkLoop: return "link-loop"
        case .fileTooLarge: return "file-too-large"
        case .unsafeFileName: return "unsafe-file-name"
        default: misrouted(.output)
        }
    }

    /// Bytes and YAML out of bounds (issue 8), and YAML mistakes told with their fix (issue 17).
    private var inputRuleID: String {
        switch self {
        case .notUTF8: return "not-utf8"
        case .nulCharacter: return "nul-character"
        case .controlCharacter: return "control-character"
        case .yamlSyntaxStarted: return "yaml-syntax-started"
        case .duplicateKey: return "duplicate-key"
        case .yamlTooDeep: return "yaml-too-deep"
        case .yamlTooManyAliases: return "yaml-too-many-aliases"
        // A YAML mistake told with its fix is still a YAML syntax error (the same rule as before).
        case .yamlMistake: return "yaml-syntax"
        default: misrouted(.input)
        }
    }

    /// Findings that are enums of their own give their own ids.
    private var findingRuleID: String {
        switch self {
        case .fiscalYear(let finding): return finding.ruleID
        case .itas(let finding): return finding.ruleID
        case .link(let finding): return finding.ruleID
        case .edit(let finding): return finding.ruleID
        default: misrouted(.findings)
        }
    }

    /// Every rule id, for `oit help` and for checking `--allow` values.
    public static let allRuleIDs: [String] =
        [
            "unreadable-file", "yaml-syntax", "unclosed-front-matter", "wrong-type", "unknown-key", "missing-key",
            "invalid-choice", "invalid-date", "invalid-coverage", "invalid-url", "invalid-folder-name", "stray-folder",
            "missing-file", "no-agencies", "unknown-framework", "duplicate-framework", "unknown-item", "duplicate-code",
            "unknown-group", "reason-required", "element-out-of-range", "missing-entries", "period-mismatch",
            "partial-framework", "score-out-of-range", "unknown-indicator", "unknown-question", "measure-addresses-nothing",
            "unknown-measure", "measure-not-reported", "incomplete-results", "stated-differs", "template-syntax",
            "missing-template", "unknown-template-name",
            "cannot-write", "stray-file", "unknown-content-file", "christian-era-year-folder", "items-from-content",
            "item-needs-title", "empty-year", "output-refused", "output-path-escapes", "outside-content", "missing-folder",
            "unreadable-folder", "link-loop", "file-too-large", "not-utf8", "nul-character", "control-character",
            "yaml-syntax-started", "duplicate-key", "yaml-too-deep", "yaml-too-many-aliases", "number-out-of-range",
            "date-out-of-range", "weights-do-not-sum-to-one", "unsafe-file-name", "template-problem", "invalid-item-code",
            "invalid-question-prefix",
            // Public pages (issue 17)
            "analysis-without-results", "done-without-evidence", "invalid-elements",
        ] + YearFinding.allRuleIDs + ITASFinding.allRuleIDs + LinkFinding.allRuleIDs + EditFinding.allRuleIDs
}
