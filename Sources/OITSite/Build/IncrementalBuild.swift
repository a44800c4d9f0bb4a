import Foundation

/// One run of `SiteBuilder.build` once the output folder was accepted: load → check → render →
/// write, for only the agencies whose files changed since the build in the output folder.
///
/// The output folder's `.oit-cache.json` (`BuildCache`) holds each agency's fingerprint, index
/// row, diagnostics and files. An agency whose fingerprint is unchanged is neither loaded nor
/// rendered: its folder in the output stays as it is and its warnings are reported from the cache,
/// so the messages and `--strict` are those of a full build. A change to the tool, the theme, the
/// frameworks or the options that shape pages (`BuildFingerprint.site`) renders every agency.
///
/// Nothing in the output changes unless the whole build succeeds: changed agencies are staged
/// beside it and moved in at the end (`OutputFolder.Mode.update`); without a usable cache the
/// whole site is staged and swapped in (`.replace`). Either way a file whose bytes did not change
/// keeps its inode and modification time.
struct IncrementalBuild {
    typealias Outcome = SiteBuilder.Outcome
    typealias Row = (slug: String, name: String, place: String)

    let options: SiteBuilder.Options

    func run() -> Outcome {
        let started = Date()
        let content = options.content
        // The previous build's cache and the frameworks are read on other threads while the
        // agency folders are listed: on a no-change rebuild these are most of the work.
        let cached = ConcurrentResults<BuildCache.Undecoded>(count: 1)
        let cachedWhole = ConcurrentResults<BuildCache>(count: 1)
        let frameworksRead = ConcurrentResults<(frameworks: [Int: Framework], diagnostics: Diagnostics)>(count: 1)
        let reading = DispatchGroup()
        let readingCache = DispatchGroup()
        if options.incremental {
            let output = options.output
            DispatchQueue.global().async(group: readingCache) { cached[0] = BuildCache.readUndecoded(from: output) }
        }
        let listing = ContentOutline.Listing.read(content, agencies: options.agencies)
        if listing != nil {
            DispatchQueue.global().async(group: reading) { frameworksRead[0] = ContentOutline.frameworks(content) }
        }
        let folders = listing?.folders ?? []
        let slugs = folders.map(\.lastPathComponent)
        let overrides = content.appending(path: "templates")

        // What every page shares, and each agency's own files.
        let theme = BuildFingerprint.folders(
            builtIn: BuiltInFiles.themeFingerprint, [("theme", options.theme), ("templates", overrides)])
        let frameworks = BuildFingerprint.folders(
            builtIn: BuiltInFiles.frameworksFingerprint, [("frameworks", content.appending(path: "frameworks"))])
        let site = BuildFingerprint.site(
            theme: theme, frameworks: frameworks,
            contentName: content.standardizedFileURL.lastPathComponent,
            baseURL: options.baseURL, auditEveryPage: options.auditEveryPage)
        readingCache.wait()
        let undecoded = cached[0]
        let cache = undecoded?.cache
        // The diagnostics are decoded while the agencies' files are checked.
        if let undecoded { DispatchQueue.global().async(group: reading) { cachedWhole[0] = undecoded.withDiagnostics() } }
        // An agency's files are read only when one of the entries it had changed (its stats); its
        // folders are listed again only then too.
        let checked = ConcurrentResults<(fingerprint: String, stats: BuildFingerprint.Stats)>(count: folders.count)
        DispatchQueue.concurrentPerform(iterations: folders.count) { index in
            // An agency's fingerprint does not depend on the theme or the tool: the cache of another
            // setup still says whether its files changed.
            if let entry = cache?.agencies[slugs[index]], let hash = entry.stats, let entries = entry.entries,
                BuildFingerprint.stats(of: entries, in: folders[index], start: started) == hash
            {
                checked[index] = (entry.fingerprint, BuildFingerprint.Stats(hash: hash, entries: entries))
            } else {
                let (bytes, stats) = BuildFingerprint.folderAndStats(folders[index], start: started)
                checked[index] = (bytes, stats)
            }
        }
        let fingerprints = checked.values.map { $0!.fingerprint }
        let stats = checked.values.map { $0!.stats }
        reading.wait()
        let outline = listing.map { ContentOutline($0, frameworks: frameworksRead[0]!) } ?? ContentOutline.missing(content)
        let previous = cachedWhole[0].flatMap { $0.site == site ? $0 : nil }

        // An agency is rendered unless its output is there from a build of the same files; the
        // agency whose pages the template check reads is rendered unless that check is cached.
        let audited = { (index: Int) in index == 0 || options.auditEveryPage }
        let outputFolders = previous == nil ? [] : Self.folderNames(in: options.output)
        let reused: [BuildCache.Agency?] = slugs.indices.map { index in
            guard let entry = previous?.agencies[slugs[index]], entry.fingerprint == fingerprints[index],
                !audited(index) || entry.audited, outputFolders.contains(slugs[index])
            else { return nil }
            return entry
        }
        let toRender = slugs.indices.filter { reused[$0] == nil }
        let removed = Set(previous?.agencies.keys.map { $0 } ?? []).subtracting(slugs)
        let topLevelIntact = previous.map { $0.files.allSatisfy { exists(options.output.appending(path: $0)) } } ?? false

        // Nothing to render: the rows, messages and files are the cached ones.
        if toRender.isEmpty, let previous {
            var diagnostics = outline.diagnostics
            for entry in reused { entry!.diagnostics.forEach { $0.replay(into: &diagnostics) } }
            var promoted = diagnostics
            if options.strict { promoted.promoteWarnings(except: options.allowedWarnings) }
            guard !promoted.hasErrors else { return Outcome(diagnostics: promoted, wrote: false, agencies: 0) }
            let rows: [Row] = slugs.indices.map { (slugs[$0], reused[$0]!.name, reused[$0]!.place) }
            if removed.isEmpty, topLevelIntact, rows.elementsEqual(Self.rows(of: previous), by: ==) {
                let findings = Set(slugs.indices.filter(audited).flatMap { reused[$0]!.findings } + previous.indexFindings)
                    .sorted()
                var sources: [String: URL] = [:]
                if !findings.isEmpty {
                    var ignored = Diagnostics()
                    sources = loadTheme(into: &ignored)?.sources ?? [:]
                }
                return finish(
                    diagnostics, findings: findings, sources: sources,
                    summary: BuildSummary(
                        agencies: slugs.count, agenciesRendered: 0, pages: previous.pageCount,
                        filesWritten: 0, filesUnchanged: previous.fileCount,
                        seconds: Date().timeIntervalSince(started)))
            }
        }

        // The theme is read first, so that each agency is rendered as soon as it is checked and
        // then let go: memory stays that of the agencies in hand, whatever their number. Its
        // messages come after the content's, as the content's errors alone stop the build.
        var themeDiagnostics = Diagnostics()
        let themeFiles = loadTheme(into: &themeDiagnostics)
        let mode: OutputFolder.Mode = previous == nil ? .replace : .update(removing: removed)
        var diagnostics = outline.diagnostics
        do {
            let sources = [options.content, options.theme, BuiltInFiles.themeFolder].compactMap { $0 }
            // Without a theme nothing is rendered: the agencies are only checked, for their messages.
            let output = try themeFiles.map { _ in try OutputFolder(destination: options.output, sources: sources, mode: mode) }
            do {
                let renderer = themeFiles.map { SiteRenderer(theme: $0) }
                let assets = try output.flatMap { output in try renderer?.sharedAssets(output) } ?? []
                let audits = toRender.map { audited($0) ? themeFiles.map { TemplateAudit(sources: $0.texts) } : nil }
                let stream = Stream(count: toRender.count)
                var outlinePromoted = outline.diagnostics
                if options.strict { outlinePromoted.promoteWarnings(except: options.allowedWarnings) }
                if outlinePromoted.hasErrors { stream.block() }
                let progress = Progress(
                    total: toRender.count, phase: output == nil ? .checking : .rendering, report: options.progress)
                DispatchQueue.concurrentPerform(iterations: toRender.count) { job in
                    let checked = CheckedAgency.load(
                        folders[toRender[job]], content: content, frameworks: outline.frameworks, baseURL: options.baseURL)
                    var own = checked.diagnostics
                    if options.strict { own.promoteWarnings(except: options.allowedWarnings) }
                    // After one agency's error the build fails: the others are checked, not rendered.
                    if own.hasErrors { stream.block() }
                    var rendered: Result<Diagnostics, Error>?
                    if let agency = checked.agency, let output, let renderer, !stream.isBlocked {
                        let task = SiteRenderer.Job(agency: agency, assessment: checked.assessment, audit: audits[job])
                        rendered = Result { try renderer.render(task, assets: assets, into: output) }
                        output.finished(agency.slug)
                    }
                    stream.finish(
                        job, diagnostics: checked.diagnostics,
                        row: checked.agency.map { ($0.profile.name, AgencyRenderer.place(of: $0.profile)) }, rendered: rendered)
                    progress.advance(pages: output?.pageCount ?? 0)
                }
                var fresh: [Int: Stream.Agency] = [:]
                for (job, agency) in stream.agencies.enumerated() { fresh[toRender[job]] = agency }

                for index in slugs.indices {
                    if let entry = reused[index] {
                        entry.diagnostics.forEach { $0.replay(into: &diagnostics) }
                    } else {
                        diagnostics.append(contentsOf: fresh[index]!.diagnostics)
                    }
                }
                var promoted = diagnostics
                if options.strict { promoted.promoteWarnings(except: options.allowedWarnings) }
                guard !promoted.hasErrors else {
                    output?.discard()
                    return Outcome(diagnostics: promoted, wrote: false, agencies: 0)
                }
                diagnostics.append(contentsOf: themeDiagnostics)
                guard let themeFiles, let output, let renderer else {
                    return Outcome(diagnostics: diagnostics, wrote: false, agencies: 0)
                }
                for index in toRender {
                    if let rendered = fresh[index]!.rendered { diagnostics.append(contentsOf: try rendered.get()) }
                }

                let rows: [Row] = slugs.indices.map { index in
                    if let entry = reused[index] { return (slugs[index], entry.name, entry.place) }
                    let row = fresh[index]!.row!
                    return (slugs[index], row.name, row.place)
                }
                let indexChanged = previous == nil || !topLevelIntact || !rows.elementsEqual(Self.rows(of: previous!), by: ==)
                var indexFindings = previous?.indexFindings ?? []
                var topLevel = previous?.files ?? []
                if indexChanged {
                    let audit = TemplateAudit(sources: themeFiles.texts)
                    topLevel = try renderer.renderIndex(rows, audit: audit, into: output, &diagnostics)
                    topLevel += try renderer.copySharedAssets(into: output)
                    indexFindings = audit.findings
                }

                // The cache of this build: fresh entries for the rendered agencies, the rest kept.
                var entries: [String: BuildCache.Agency] = [:]
                for index in slugs.indices {
                    if var entry = reused[index] {
                        entry.stats = stats[index].hash
                        entry.entries = stats[index].entries
                        entries[slugs[index]] = entry
                        continue
                    }
                    let audit = audits[toRender.firstIndex(of: index)!]
                    let count = output.count(under: slugs[index])
                    entries[slugs[index]] = BuildCache.Agency(
                        fingerprint: fingerprints[index], stats: stats[index].hash, entries: stats[index].entries,
                        name: rows[index].name, place: rows[index].place,
                        diagnostics: fresh[index]!.diagnostics.all.map(DiagnosticRecord.init),
                        fileCount: count.files, pageCount: count.pages, audited: audit != nil,
                        findings: audit?.findings ?? [])
                }
                let cache = BuildCache(
                    site: site, agencies: entries,
                    files: topLevel.sorted(), indexFindings: indexFindings)
                let findings = Set(slugs.indices.filter(audited).flatMap { entries[slugs[$0]]!.findings } + indexFindings)
                    .sorted()
                var outcome = finish(diagnostics, findings: findings, sources: themeFiles.sources, summary: nil)
                outcome.agencies = slugs.count
                guard outcome.wrote else {
                    output.discard()
                    return outcome
                }
                try output.writeCache(try cache.encoded())
                try output.commit()
                let reusedFiles = slugs.indices.reduce(0) { $0 + (reused[$1]?.fileCount ?? 0) }
                outcome.summary = BuildSummary(
                    agencies: slugs.count, agenciesRendered: toRender.count, pages: cache.pageCount,
                    filesWritten: output.filesWritten,
                    filesUnchanged: output.filesKept + reusedFiles + (indexChanged ? 0 : cache.files.count),
                    seconds: Date().timeIntervalSince(started))
                return outcome
            } catch {
                output?.discard()
                throw error
            }
        } catch let failure as OutputFolder.Failure {
            diagnostics.error(failure.message, at: nil)
            var outcome = Outcome(diagnostics: diagnostics, wrote: false, agencies: 0)
            outcome.outputFailed = true
            if case .refused = failure { outcome.outputRefused = true }
            return outcome
        } catch {
            diagnostics.error(.cannotWrite(path: SourceFile(options.output.path), reason: OutputFolder.reason(error)), at: nil)
            var outcome = Outcome(diagnostics: diagnostics, wrote: false, agencies: 0)
            outcome.outputFailed = true
            return outcome
        }
    }

    /// The index rows a cached build listed, in agency order.
    private static func rows(of cache: BuildCache) -> [Row] {
        cache.agencies.sorted { $0.key < $1.key }.map { ($0.key, $0.value.name, $0.value.place) }
    }

    /// Adds the template check's findings as warnings, applies `--strict`, and says whether the
    /// build may be kept.
    private func finish(
        _ diagnostics: Diagnostics, findings: [TemplateAudit.Finding], sources: [String: URL],
        summary: BuildSummary?
    ) -> Outcome {
        var diagnostics = diagnostics
        for finding in findings {
            let file = sources[finding.template]?.path ?? finding.template
            diagnostics.warning(.unknownTemplateName(finding.name, template: finding.template), at: .file(file))
        }
        if options.strict { diagnostics.promoteWarnings(except: options.allowedWarnings) }
        guard !diagnostics.hasErrors else { return Outcome(diagnostics: diagnostics, wrote: false, agencies: 0) }
        return Outcome(
            diagnostics: diagnostics, wrote: true, agencies: summary?.agencies ?? 0, templateFindings: findings,
            summary: summary)
    }

    private func loadTheme(into diagnostics: inout Diagnostics) -> Theme? {
        Theme.load(
            base: BuiltInFiles.themeFolder, themeFolder: options.theme,
            overrides: options.content.appending(path: "templates"), into: &diagnostics)
    }

    /// The names of the folders in `folder` (links followed), read with one listing rather than
    /// one `stat` per agency.
    private static func folderNames(in folder: URL) -> Set<String> {
        guard let directory = opendir(folder.path) else { return [] }
        defer { closedir(directory) }
        var names = Set<String>()
        FolderEntries.forEach(in: directory) { name, type in
            var isFolder = type == UInt8(DT_DIR)
            if type == UInt8(DT_UNKNOWN) || type == UInt8(DT_LNK) {
                // Not every file system says what an entry is; a link is followed.
                var info = stat()
                isFolder = fstatat(dirfd(directory), name, &info, 0) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            }
            if isFolder { names.insert(name) }
        }
        return names
    }

    private func exists(_ url: URL) -> Bool { FileManager.default.fileExists(atPath: url.path) }

    /// What checking and rendering each agency in parallel leaves behind, by job, and whether
    /// the build has already failed (then agencies are still checked, for their messages, but no
    /// longer rendered).
    private final class Stream: @unchecked Sendable {
        struct Agency {
            var diagnostics: Diagnostics
            /// The agency's name and place for the site index; nil when it could not be loaded.
            var row: (name: String, place: String)?
            /// The render's own diagnostics, or why writing failed; nil when it was not rendered.
            var rendered: Result<Diagnostics, Error>?
        }

        private let results: ConcurrentResults<Agency>
        private let lock = NSLock()
        private var blocked = false

        init(count: Int) { results = ConcurrentResults(count: count) }

        func block() { lock.withLock { blocked = true } }

        var isBlocked: Bool { lock.withLock { blocked } }

        func finish(
            _ job: Int, diagnostics: Diagnostics, row: (name: String, place: String)?, rendered: Result<Diagnostics, Error>?
        ) {
            results[job] = Agency(diagnostics: diagnostics, row: row, rendered: rendered)
        }

        /// Every job's result, in job order, once all have finished.
        var agencies: [Agency] { results.values.map { $0! } }
    }

    /// Counts agencies done in one phase and reports them, from whichever thread finished one.
    private final class Progress: @unchecked Sendable {
        private let lock = NSLock()
        private var done = 0
        private let total: Int
        private let phase: BuildProgress.Phase
        private let started = Date()
        private let report: (@Sendable (BuildProgress) -> Void)?

        init(total: Int, phase: BuildProgress.Phase, report: (@Sendable (BuildProgress) -> Void)?) {
            self.total = total
            self.phase = phase
            self.report = report
        }

        func advance(pages: Int) {
            guard let report else { return }
            let done = lock.withLock {
                self.done += 1
                return self.done
            }
            report(
                BuildProgress(phase: phase, done: done, total: total, pages: pages, elapsed: Date().timeIntervalSince(started)))
        }
    }
}
