import Foundation

/// Loads one fiscal-year folder of an agency.
enum YearLoader {
    static func load(_ folder: URL, year: Int, _ context: LoadContext) -> AgencyYear? {
        let yearURL = folder.appendingPathComponent("year.yaml")
        let path = context.displayPath(yearURL)
        var round = Located(year, at: .file(path))
        var entries: [String: ItemEntry] = [:]

        if ContentFolder.exists(yearURL, directory: false) {
            if let node = context.loadYAML(yearURL), let map = MappingReader(node, context) {
                if let written = map.wholeNumber("round") { round = written }
                if let items = map.mapping("items") {
                    for (code, value) in items.entries {
                        guard let entryMap = MappingReader(value, key: code.value, context) else { continue }
                        let body = entryMap.markdown("body")?.value
                        if let entry = ItemEntryReader.read(code: code, map: entryMap, body: body, yearFolder: folder, context) {
                            add(entry, to: &entries, context)
                        }
                        entryMap.finish()
                    }
                    items.finish()
                }
                map.finish()
            }
        } else {
            context.diagnostics.error(.missingFile(path), at: .file(context.displayPath(folder)))
        }

        let itemsFolder = folder.appendingPathComponent("items")
        for file in ContentFolder.children(of: itemsFolder, context) {
            guard file.pathExtension == "md" else {
                context.diagnostics.warning(.strayFolder(context.displayPath(file)), at: .file(context.displayPath(file)))
                continue
            }
            if let entry = loadMarkdownEntry(file, yearFolder: folder, context) { add(entry, to: &entries, context) }
        }

        let progressFolder = folder.appendingPathComponent("progress")
        return AgencyYear(
            year: year, folder: folder, round: round, entries: entries,
            results: optionalFile(folder, "results.yaml", context) { ResultsLoader.load($0, context) },
            analysis: optionalFile(folder, "analysis.yaml", context) { AnalysisLoader.load($0, context) },
            measures: optionalFile(folder, "measures.yaml", context) { MeasuresLoader.load($0, yearFolder: folder, context) } ?? [],
            reports: progressFiles(progressFolder, context).compactMap { ProgressLoader.load($0, yearFolder: folder, context) },
            source: .file(path))
    }

    /// Progress reports are named by their file name in links: a name that breaks a link is an error.
    private static func progressFiles(_ folder: URL, _ context: LoadContext) -> [URL] {
        ContentFolder.files(in: folder, withExtension: "yaml", context).filter { file in
            let name = file.deletingPathExtension().lastPathComponent
            guard let bad = FileName.unsafeCharacter(in: name) else { return true }
            let path = context.displayPath(file)
            context.diagnostics.error(.unsafeFileName(file.lastPathComponent, character: bad), at: .file(path))
            return false
        }
    }

    private static func optionalFile<T>(_ folder: URL, _ name: String, _ context: LoadContext, _ load: (URL) -> T?) -> T? {
        let url = folder.appendingPathComponent(name)
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
    static func loadMarkdownEntry(_ file: URL, yearFolder: URL, _ context: LoadContext) -> ItemEntry? {
        guard let text = context.readText(file) else { return nil }
        let path = context.displayPath(file)
        let code = Located(file.deletingPathExtension().lastPathComponent, at: .file(path))
        switch FrontMatter.parse(text) {
        case .unclosed:
            context.diagnostics.error(.unclosedFrontMatter, at: .file(path))
            return nil
        case .none:
            context.diagnostics.error(.missingKey("status"), at: .file(path))
            return nil
        case .found(let front):
            let node = YAMLParser.parse(front.yaml, file: path, lineOffset: front.lineOffset, into: &context.diagnostics)
                ?? YAMLNode(value: .mapping([]), location: .file(path))
            guard let map = MappingReader(node, context) else { return nil }
            defer { map.finish() }
            let body = front.body.trimmingCharacters(in: .whitespacesAndNewlines)
            return ItemEntryReader.read(code: code, map: map, body: body.isEmpty ? nil : body, yearFolder: yearFolder, context)
        }
    }
}

/// Reads the keys of one item entry, wherever it is written.
enum ItemEntryReader {
    static func read(code: Located<String>, map: MappingReader, body: String?, yearFolder: URL,
                     _ context: LoadContext) -> ItemEntry? {
        let status = map.choice("status", required: true, as: ItemStatus.self)
        let reason = map.text("reason")
        if status?.value == .notApplicable, reason == nil {
            context.diagnostics.error(.reasonRequired(code.value), at: status!.location)
        }
        var covers: Located<Coverage>?
        if let text = map.text("covers") {
            if let coverage = Coverage(parsing: text.value) {
                covers = Located(coverage, at: text.location)
            } else {
                context.diagnostics.error(.invalidCoverage(text.value), at: text.location)
            }
        }
        let entry = ItemEntry(
            code: code, status: status?.value ?? .notStarted, updated: map.date("updated"), unit: map.text("unit")?.value,
            covers: covers, elements: readElements(map, context), summary: map.text("summary")?.value,
            evidence: EvidenceReader.read(map, yearFolder: yearFolder, context), body: body, reason: reason?.value)
        return status == nil ? nil : entry
    }

    private static func readElements(_ map: MappingReader, _ context: LoadContext) -> ElementConfirmation {
        guard let node = map.node("elements") else { return .some([]) }
        if let text = node.scalar, ["all", "ครบ", "ทั้งหมด"].contains(text.trimmingCharacters(in: .whitespaces)) {
            return .all
        }
        let numbers = map.list("elements").compactMap { item -> Located<Int>? in
            guard let text = item.scalar, let number = Int(text) else {
                context.diagnostics.error(.wrongType(key: "elements", expected: .wholeNumber), at: item.location)
                return nil
            }
            return Located(number, at: item.location)
        }
        return .some(numbers)
    }
}

/// Reads `evidence:` lists; a named file must exist inside the year folder.
enum EvidenceReader {
    static func read(_ map: MappingReader, yearFolder: URL, _ context: LoadContext) -> [Evidence] {
        map.mappings("evidence") { item -> Evidence? in
            let title = item.text("title", required: true)
            let url = item.url("url")
            let file = item.text("file")
            if url == nil && file == nil && !item.has("url") {
                context.diagnostics.error(.missingKey("url"), at: item.location)
            }
            if let file, !ContentFolder.checkFile(file.value, in: yearFolder, at: file.location, context) {
                return nil
            }
            guard let title else { return nil }
            if let file { return Evidence(title: title.value, target: .file(file.value), location: item.location) }
            if let url { return Evidence(title: title.value, target: .url(url.value), location: item.location) }
            return nil
        }
    }
}
