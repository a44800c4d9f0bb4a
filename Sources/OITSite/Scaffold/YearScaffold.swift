import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender

/// The `year.yaml` that starts a new fiscal year of an agency: every item of the year's round, in
/// framework order, each with what the webmaster must show and when, and what carries over from
/// an earlier year (units, summaries, evidence), so a new year is not typed again from nothing.
///
/// Everything that belongs to the old year's assessment is reset: each status is `not-started`,
/// dates (`updated`, `covers`) and element confirmations are empty. Old entries the new round
/// does not list are kept as comments rather than dropped.
public struct YearScaffold: Sendable {
    public let agency: String
    public let year: Int
    /// The round whose framework lists the items: the year's own, or the latest known before it.
    public let round: Int
    /// True when the year has no framework of its own (no `--round`): it runs on the latest known.
    public let roundAssumed: Bool
    /// The year carried from; nil when there was none.
    public let from: Int?
    /// Where the file goes: `agencies/<slug>/<year>/year.yaml`.
    public let file: URL
    /// The file as messages show it, from the content folder's name on.
    public let path: String
    /// The file's text (UTF-8, deterministic for the same content).
    public let text: String
    /// Codes written as entries, in the order written.
    public let codes: [String]
    /// Codes whose old entry was carried into an entry.
    public let carried: [String]
    /// Codes a partial round does not list, carried with the title the old year gave them.
    public let fromContent: [String]
    /// Codes of old entries kept as comments because the round does not list them.
    public let keptAsComments: [String]
    /// Evidence files (paths in the old year folder) the new year folder does not have yet.
    public let filesToAdd: [String]
    /// Errors found when the old year was read: what was carried may be incomplete.
    public let errorsInOldYear: Int

    /// What the command reports once the file is written.
    public var report: [ScaffoldMessage] {
        var messages: [ScaffoldMessage] = []
        if roundAssumed { messages.append(.roundAssumed(year: year, round: round)) }
        if errorsInOldYear > 0 { messages.append(.contentHasErrors(errorsInOldYear)) }
        if !fromContent.isEmpty { messages.append(.carriedFromContent(codes: fromContent, round: round)) }
        if !keptAsComments.isEmpty { messages.append(.keptAsComments(codes: keptAsComments, round: round)) }
        if !filesToAdd.isEmpty { messages.append(.filesToAdd(filesToAdd)) }
        return messages
    }

    /// Reads the content folder, plans the new year and writes its `year.yaml` (creating the year
    /// folder). An existing `year.yaml` is replaced only with `force`.
    public static func create(
        content: URL, agency slug: String, year: Int, round: Int? = nil, from: Int? = nil,
        force: Bool = false
    ) -> Result<YearScaffold, ScaffoldMessage> {
        let (project, diagnostics) = ContentLoader.load(from: content)
        let planned = plan(
            project, diagnostics: diagnostics, agency: slug, year: year, round: round, from: from, content: content)
        guard case .success(let scaffold) = planned else { return planned }
        let shown = scaffold.path
        let manager = FileManager.default
        if manager.fileExists(atPath: scaffold.file.path), !force {
            return .failure(.yearFileExists(shown))
        }
        do {
            try manager.createDirectory(at: scaffold.file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(scaffold.text.utf8).write(to: scaffold.file, options: .atomic)
        } catch {
            return .failure(.cannotWrite(path: shown, reason: error.localizedDescription))
        }
        return .success(scaffold)
    }

    /// The scaffold for `year` of the agency, from loaded content; writes nothing. The new year
    /// folder is looked at only for the evidence files and `items/*.md` it already has.
    /// - Parameter round: the round whose items to list; nil for the one `RoundChoice` gives
    ///   (the year's own, else the latest known before it).
    public static func plan(
        _ project: Project, diagnostics: Diagnostics = Diagnostics(), agency slug: String,
        year: Int, round: Int? = nil, from: Int? = nil, content: URL
    ) -> Result<YearScaffold, ScaffoldMessage> {
        if year < 2400 { return .failure(.christianEraYear(year, buddhistYear: year + 543)) }
        guard let agency = project.agencies.first(where: { $0.slug == slug }) else {
            return .failure(.unknownAgency(slug, suggestion: Spelling.closest(to: slug, among: project.agencies.map(\.slug))))
        }
        let chosen = round ?? RoundChoice.round(forYear: year, known: project.frameworks.keys) ?? year
        guard let framework = project.frameworks[chosen] else {
            return .failure(.unknownFramework(round: chosen, known: project.frameworks.keys.sorted()))
        }
        let old: AgencyYear?
        if let from {
            guard from != year else { return .failure(.fromSameYear(year)) }
            guard let found = agency.year(from) else {
                return .failure(.unknownFromYear(from, agency: slug, known: agency.years.map(\.year).sorted()))
            }
            old = found
        } else {
            old = agency.year(year - 1)
        }
        let folder = agency.folder.appending(path: String(year))
        let entries = plannedEntries(
            framework, old: old, oldFramework: old.flatMap { project.frameworks[$0.round.value] },
            newFolder: folder, content: content)
        let text = YearFileText(
            agency: agency.profile.name, year: year, framework: framework, from: old?.year,
            entries: entries, command: "oit new year \(year)", roundAssumed: round == nil && chosen != year
        ).render()
        let written = entries.filter {
            switch $0.kind {
            case .listed, .fromContent: return true
            case .keptAsComment, .inItemsFile: return false
            }
        }
        let errors =
            old.map { old in
                let marker = "/agencies/\(slug)/\(old.year)/"
                return diagnostics.sorted.filter {
                    $0.severity == .error && ("/" + ($0.location?.file.path ?? "")).contains(marker)
                }
                .count
            } ?? 0
        return .success(
            YearScaffold(
                agency: slug, year: year, round: framework.round, roundAssumed: round == nil && chosen != year,
                from: old?.year,
                file: folder.appending(path: "year.yaml"),
                path: LoadContext(root: content).sourcePath(folder.appending(path: "year.yaml")), text: text,
                codes: written.map(\.code),
                carried: written.filter { $0.previous != nil }.map(\.code),
                fromContent: entries.filter { if case .fromContent = $0.kind { true } else { false } }.map(\.code),
                keptAsComments: entries.filter { if case .keptAsComment = $0.kind { true } else { false } }.map(\.code),
                filesToAdd: written.flatMap { entry in
                    entry.evidence.compactMap { if case .fileToAdd(_, let path) = $0 { path } else { nil } }
                },
                errorsInOldYear: errors))
    }

    /// Every item of the framework in its order; items only the old year defined (partial rounds)
    /// merged in by code; then the old entries the round does not list.
    static func plannedEntries(
        _ framework: Framework, old: AgencyYear?, oldFramework: Framework?,
        newFolder: URL, content: URL
    ) -> [ScaffoldEntry] {
        let previous = old?.entries ?? [:]
        let display = LoadContext(root: content)
        func carried(_ code: String, _ kind: ScaffoldEntry.Kind) -> ScaffoldEntry {
            let entry = previous[code]
            let evidence = (entry?.evidence ?? []).map { evidence -> ScaffoldEntry.CarriedEvidence in
                switch evidence.target {
                case .url(let url): return .url(title: evidence.title, url: url)
                case .file(let path):
                    return AgencyLoader.fileExists(path, in: newFolder)
                        ? .file(title: evidence.title, path: path)
                        : .fileToAdd(title: evidence.title, path: path)
                }
            }
            return ScaffoldEntry(code: code, kind: kind, previous: entry, evidence: evidence)
        }

        var entries = framework.items.map { item -> ScaffoldEntry in
            let itemsFile = newFolder.appending(path: "items/\(item.code).md")
            if ContentFolder.exists(itemsFile, directory: false) {
                return ScaffoldEntry(
                    code: item.code, kind: .inItemsFile(item, path: display.sourcePath(itemsFile)),
                    previous: previous[item.code], evidence: [])
            }
            return carried(item.code, .listed(item))
        }
        let listed = Set(framework.items.map(\.code))
        let unlisted = QuestionOrder.sorted(previous.keys.filter { !listed.contains($0) })
        var comments: [ScaffoldEntry] = []
        for code in unlisted {
            guard let entry = previous[code] else { continue }
            let itemsFile = newFolder.appending(path: "items/\(code).md")
            if framework.partial, entry.definition.title != nil, !ContentFolder.exists(itemsFile, directory: false) {
                let added = carried(code, .fromContent)
                let index = entries.firstIndex { QuestionOrder.less(code, $0.code) } ?? entries.endIndex
                entries.insert(added, at: index)
            } else {
                let title = entry.definition.title?.value ?? oldFramework?.item(code)?.title
                comments.append(carried(code, .keptAsComment(oldTitle: title)))
            }
        }
        return entries + comments
    }
}
