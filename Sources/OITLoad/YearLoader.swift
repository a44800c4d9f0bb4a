import Foundation
import OITModel

/// Loads one fiscal-year folder of an agency.
package enum YearLoader {
    package static func load(_ folder: URL, year: Int, _ context: LoadContext) -> AgencyYear? {
        let yearURL = folder.appending(path: "year.yaml")
        let path = context.sourcePath(yearURL)
        let hasYearFile = ContentFolder.exists(yearURL, directory: false)
        // Messages about the year as a whole point at year.yaml, or at the folder when there is none.
        var round = Located(year, at: .file(hasYearFile ? path : context.sourcePath(folder)))
        var roundStated = false
        var roundIsRead = true
        var entries: [String: ItemEntry] = [:]
        var unread: Set<String> = []
        var itasCode: Located<String>?

        if hasYearFile {
            let read = context.readMapping(yearURL) { map -> Bool? in
                if let written = map.wholeNumber("round") {
                    round = written
                    roundStated = true
                } else if map.isRejected("round") {
                    roundIsRead = false
                }
                itasCode = map.text("itas_code")
                map.mapping("items") { items -> Void? in
                    for (code, value) in items.entries {
                        let entry = MappingReader.read(value, key: code.value, keyLine: code.location.line, context) {
                            entryMap in
                            ItemEntryReader.read(
                                code: code, map: entryMap, body: entryMap.markdown("body")?.value,
                                yearFolder: folder, context)
                        }
                        if let entry { add(entry, to: &entries, context) } else { unread.insert(code.value) }
                    }
                    return nil
                }
                return true
            }
            if read == nil { roundIsRead = false }
        } else if !hasPublishableContent(folder) {
            context.diagnostics.error(.missingFile(SourceFile(path)), at: .file(context.sourcePath(folder)))
        }

        let itemsFolder = folder.appending(path: "items")
        for file in ContentFolder.children(of: itemsFolder, context) {
            guard file.pathExtension == "md" else {
                context.diagnostics.error(.strayFile(context.sourceFile(file)), at: .file(context.sourcePath(file)))
                continue
            }
            if let entry = loadMarkdownEntry(file, yearFolder: folder, context) {
                add(entry, to: &entries, context)
            } else {
                unread.insert(file.deletingPathExtension().lastPathComponent)
            }
        }

        let progressFolder = folder.appending(path: "progress")
        let loaded = AgencyYear(
            year: year, folder: folder, round: round, roundStated: roundStated, entries: entries,
            results: optionalFile(folder, "results.yaml", context) { ResultsLoader.load($0, context) },
            analysis: optionalFile(folder, "analysis.yaml", context) { AnalysisLoader.load($0, context) },
            measures: optionalFile(folder, "measures.yaml", context) { MeasuresLoader.load($0, yearFolder: folder, context) }
                ?? [],
            reports: progressFiles(progressFolder, context).compactMap { ProgressLoader.load($0, yearFolder: folder, context) },
            source: round.location, itasCode: itasCode, hasChecklist: hasChecklist(folder),
            roundIsRead: roundIsRead, unreadEntries: unread,
            measuresComplete: !context.diagnostics.hasErrors(
                in: context.sourceFile(folder.appending(path: "measures.yaml"))))
        reportUnknownFiles(in: folder, context)
        return loaded
    }

    package static let contentFiles = ["year.yaml", "results.yaml", "analysis.yaml", "measures.yaml"]

    /// Whether the year publishes an OIT checklist: a `year.yaml` or an `items/` folder. A year
    /// may publish only the results and analysis of a round (kept for the comparison and the
    /// analysis), or only its measures and progress reports (seed 003 publishes its 2565 measures
    /// without a checklist): it builds, without item pages.
    package static func hasChecklist(_ folder: URL) -> Bool {
        ContentFolder.exists(folder.appending(path: "year.yaml"), directory: false)
            || ContentFolder.exists(folder.appending(path: "items"), directory: true)
    }

    /// Whether the folder holds anything a year publishes; an empty year folder is an error.
    package static func hasPublishableContent(_ folder: URL) -> Bool {
        hasChecklist(folder) || ContentFolder.exists(folder.appending(path: "progress"), directory: true)
            || contentFiles.contains { ContentFolder.exists(folder.appending(path: $0), directory: false) }
    }

    /// Text files beside `year.yaml` that the build does not read would be lost without a word:
    /// each is an error, with the content file it was probably meant to be. Other files (PDFs,
    /// images) are evidence, published when an entry names them.
    private static func reportUnknownFiles(in folder: URL, _ context: LoadContext) {
        let textKinds: Set<String> = ["yaml", "yml", "md", "txt", "json", "markdown"]
        for file in ContentFolder.children(of: folder, context) where ContentFolder.exists(file, directory: false) {
            let name = file.lastPathComponent
            guard !contentFiles.contains(name), textKinds.contains(file.pathExtension.lowercased()) else { continue }
            context.diagnostics.error(
                .unknownContentFile(context.sourceFile(file), suggestion: Spelling.closest(to: name, among: contentFiles)),
                at: .file(context.sourcePath(file)))
        }
    }

    /// Progress reports are named by their file name in links: a name that breaks a link is an error.
    private static func progressFiles(_ folder: URL, _ context: LoadContext) -> [URL] {
        ContentFolder.files(in: folder, withExtension: "yaml", context).filter { file in
            let name = file.deletingPathExtension().lastPathComponent
            guard let bad = FileName.unsafeCharacter(in: name) else { return true }
            let path = context.sourcePath(file)
            context.diagnostics.error(.unsafeFileName(file.lastPathComponent, character: bad), at: .file(path))
            return false
        }
    }

    private static func optionalFile<T>(_ folder: URL, _ name: String, _ context: LoadContext, _ load: (URL) -> T?) -> T? {
        let url = folder.appending(path: name)
        return ContentFolder.exists(url, directory: false) ? load(url) : nil
    }

    private static func add(_ entry: ItemEntry, to entries: inout [String: ItemEntry], _ context: LoadContext) {
        if let other = entries[entry.code.value] {
            context.diagnostics.error(.duplicateCode(entry.code.value, other: other.code.location), at: entry.code.location)
            return
        }
        entries[entry.code.value] = entry
    }

    /// `items/o12.md`: the entry's keys as front matter, the Markdown body after it.
    package static func loadMarkdownEntry(_ file: URL, yearFolder: URL, _ context: LoadContext) -> ItemEntry? {
        guard let text = context.readText(file) else { return nil }
        let path = context.sourcePath(file)
        let code = Located(file.deletingPathExtension().lastPathComponent, at: .file(path))
        switch FrontMatter.parse(text) {
        case .unclosed:
            context.diagnostics.error(.unclosedFrontMatter, at: .file(path))
            return nil
        case .none:
            context.diagnostics.error(.missingKey("status"), at: .file(path))
            return nil
        case .found(let front):
            let node =
                YAMLParser.parse(front.yaml, file: path, lineOffset: front.lineOffset, into: &context.diagnostics)
                ?? YAMLNode(value: .mapping([]), location: .file(path))
            let body = front.body.trimmingSpacesAndNewlines()
            return MappingReader.read(node, context) { map in
                ItemEntryReader.read(code: code, map: map, body: body.isEmpty ? nil : body, yearFolder: yearFolder, context)
            }
        }
    }
}
