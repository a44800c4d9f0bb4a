/// Everything the tool can tell a webmaster about their content, in Thai (default) and English.
///
/// Messages are values, not strings, so that tests assert on what was found rather than on wording.
public enum Message: Sendable, Equatable, Codable {
    // Files and YAML
    case unreadableFile(SourceFile)
    case cannotWrite(path: SourceFile, reason: String)
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
    /// A file the build does not read, where it would be lost without a word.
    case strayFile(SourceFile)
    /// A text file in a year folder that is none of the content files.
    case unknownContentFile(SourceFile, suggestion: String?)
    /// A year folder named in the Christian era (`2024`), with the Buddhist-era name it needs.
    case christianEraYearFolder(String, buddhistYear: Int)
    case missingFile(SourceFile)
    case noAgencies(SourceFile)

    // Frameworks and items
    case unknownFramework(round: Int, known: [Int])
    case duplicateFramework(round: Int, other: SourceLocation)
    case unknownItem(String, round: Int, suggestion: String?)
    case duplicateCode(String, other: SourceLocation)
    case unknownGroup(String)
    case reasonRequired(String)
    case elementOutOfRange(Int, count: Int)
    case missingEntries([String])
    case periodMismatch(item: String, rule: PeriodRule, fiscalYear: Int)
    case partialFramework(round: Int)
    /// Items a partial framework does not list, published with the title and group the content gives.
    case itemsFromContent(codes: [String], round: Int)
    /// An item the framework does not list and the content does not name (`title:`).
    case itemNeedsTitle(String, round: Int)
    /// A year whose round lists no items and whose content defines none: its pages would be empty.
    case emptyYear(year: Int, round: Int)

    // Results, analysis, measures and progress
    case scoreOutOfRange(Double)
    case unknownIndicator(String, suggestion: String?)
    case unknownQuestion(String, suggestion: String?)
    case measureAddressesNothing(String)
    /// A measure id not in the measures of `year` (this year's for a progress report, the next
    /// year's for an analysis).
    case unknownMeasure(String, suggestion: String?, year: Int)
    case measureNotReported(measure: String, report: String)
    case incompleteResults(missing: [Int])
    case statedDiffers(Discrepancy.Figure, stated: Discrepancy.Value, computed: Discrepancy.Value)

    // Templates
    case templateSyntax(String)
    case missingTemplate(String)
    case unknownTemplateName(String, template: String)

    // Task: frameworks (rounds as data, extension files)
    /// An item code that is not lowercase letters then digits (`o12`); codes become URL segments.
    case invalidItemCode(String)
    /// A tool's `question_prefix` that is not 1–3 lowercase letters.
    case invalidQuestionPrefix(String)

    // Output, containment, bounded input and locations (issue 8)
    case outputRefused(reason: OutputRefusal)
    case outputPathEscapes(String)
    case outsideContent(SourceFile)
    case missingFolder(SourceFile)
    case unreadableFolder(SourceFile)
    case linkLoop(SourceFile)
    case fileTooLarge(SourceFile, limit: Int)
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

    /// Findings about years, rounds and dates that a clerk meets in a new fiscal year.
    case fiscalYear(YearFinding)

    // One mistake, one message (issue 17)
    /// A YAML syntax mistake clerks make, told with its fix.
    case yamlMistake(YAMLMistake)
    /// A word that is none of a key's choices (`status: เสร็จแล้ว`): each choice with its
    /// spellings (English, then Thai), and the index of the choice it was probably meant to be.
    case unknownChoice(String, choices: [[String]], suggestion: Int?)
    /// A date whose month has no such day (`2570-02-29`); `year` as written, พ.ศ. or ค.ศ.
    case dayNotInMonth(String, year: Int, month: Int, day: Int)
    /// Element numbers confirmed for an item whose elements the framework does not list.
    case elementsNotListed(item: String, numbers: [Int])
    // Public pages (issue 17): what a page cannot show is told to the webmaster, not the reader
    /// An item that shows the analysis of the previous round's results (o42 in 2566) is done, but
    /// the content has no results of that round: `file` is the results file to add.
    case analysisWithoutResults(item: String, resultsYear: Int, file: SourceFile)
    /// An item its entry says is done, with no evidence: its page would show "done" beside "no evidence".
    case doneWithoutEvidence(String)
    /// `elements:` written as a word that is no element ("ครบทุกข้อ" in a list, or one text alone),
    /// which a page would otherwise publish as the item's only element.
    case invalidElements(String)
    /// Findings about the agency's ITAS code and the EIT survey's QR code made from it.
    case itas(ITASFinding)
    /// Findings about evidence links fetched by `oit check --links`.
    case link(LinkFinding)
    /// Findings about an edit `oit set` or the editor cannot make (issue 21).
    case edit(EditFinding)

    /// The message in `language`, with invisible characters of quoted values shown (`<U+200B>`),
    /// and the files it names shown by `show` (`DisplayPaths.display` for a user).
    public func text(in language: Language, showing show: ShowFile = { $0.path }) -> String {
        Invisible.escaped(wording(showing: show).text(in: language))
    }
}
