/// The families of messages: each is worded by one function of `Message+Text.swift` and given its
/// rule id by one of `Message+RuleID.swift`, so that no function grows past a screen.
///
/// Why the compiler still sees every case: `Message.family` below is a switch over every case of
/// `Message` with no `default:`, so a new case does not build until it is put in a family. Then
/// `wording(showing:)` and `ruleID` switch over `family`, also with no `default:`, and call that
/// family's function. A family function switches over its own cases and ends in one
/// `default: misrouted(_:)`, which cannot be reached: it is only ever called for its family. A case
/// put in a family but missing from its function fails every time it is shown, which
/// `MessageCatalogueTests` checks with one sample of every case. Findings that are enums of their
/// own (`YearFinding`, `ITASFinding`, `LinkFinding`, `EditFinding`) switch over all their cases
/// without a `default:` and word themselves.
package enum MessageFamily: CaseIterable, Sendable {
    /// Files and folders: unreadable, missing, stray or misnamed.
    case files
    /// YAML syntax and the values of keys: types, choices, dates, periods, addresses.
    case values
    /// Frameworks: rounds, their item codes and tool weights.
    case frameworks
    /// Items' entries, and what their public pages could not show.
    case items
    /// Results, analysis, measures and progress reports.
    case results
    /// Templates of the theme.
    case templates
    /// The output folder, and files outside the content or out of bounds (issue 8).
    case output
    /// Bytes and YAML out of bounds, and YAML mistakes told with their fix.
    case input
    /// Findings that are enums of their own: years, ITAS codes, links, edits.
    case findings
}

extension Message {
    /// The family that words this message and gives its rule id. No `default:`: keep it that way.
    package var family: MessageFamily {
        switch self {
        case .unreadableFile, .cannotWrite, .missingFile, .noAgencies, .strayFolder, .strayFile, .unknownContentFile,
            .christianEraYearFolder, .invalidFolderName:
            return .files
        case .yamlSyntax, .unclosedFrontMatter, .wrongType, .unknownKey, .missingKey, .invalidChoice, .invalidDate,
            .invalidCoverage, .invalidURL, .unknownChoice, .dayNotInMonth, .dateOutOfRange, .numberOutOfRange:
            return .values
        case .unknownFramework, .duplicateFramework, .partialFramework, .itemsFromContent, .itemNeedsTitle, .emptyYear,
            .invalidItemCode, .invalidQuestionPrefix, .weightsDoNotSumToOne:
            return .frameworks
        case .unknownItem, .duplicateCode, .unknownGroup, .reasonRequired, .elementOutOfRange, .missingEntries,
            .periodMismatch, .elementsNotListed, .analysisWithoutResults, .doneWithoutEvidence, .invalidElements:
            return .items
        case .scoreOutOfRange, .unknownIndicator, .unknownQuestion, .measureAddressesNothing, .unknownMeasure,
            .measureNotReported, .incompleteResults, .statedDiffers:
            return .results
        case .templateSyntax, .missingTemplate, .unknownTemplateName, .templateProblem:
            return .templates
        case .outputRefused, .outputPathEscapes, .outsideContent, .missingFolder, .unreadableFolder, .linkLoop,
            .fileTooLarge, .unsafeFileName:
            return .output
        case .notUTF8, .nulCharacter, .controlCharacter, .yamlSyntaxStarted, .duplicateKey, .yamlTooDeep,
            .yamlTooManyAliases, .yamlMistake:
            return .input
        case .fiscalYear, .itas, .link, .edit:
            return .findings
        }
    }

    /// The `default:` of a family function's switch, never reached: `wording(showing:)` and
    /// `ruleID` call a family's function only for messages of that family.
    package func misrouted(_ function: MessageFamily) -> Never {
        preconditionFailure("\(self) is of the \(family) family, not \(function): dispatch by Message.family")
    }
}
