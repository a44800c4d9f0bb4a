import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender

/// What a build decides from, read from the disk: the content's listing and frameworks, the
/// previous build's cache, each agency's fingerprint, and what the output folder holds.
///
/// The cache and the frameworks are read on other threads while the agency folders are listed,
/// and the cache's diagnostics are decoded while the agencies' files are checked: on a no-change
/// rebuild these reads are most of the work.
struct BuildInputs {
    var folders: [URL]
    var outline: ContentOutline
    /// Each agency's `BuildFingerprint.folder` and `BuildFingerprint.Stats`, in folder order.
    var fingerprints: [String]
    var stats: [BuildFingerprint.Stats]
    /// `BuildFingerprint.site` of this build.
    var site: String
    /// The output folder's cache, whole; nil when there is none, it cannot be read, or `--full`.
    var cache: BuildCache?
    var output: BuildPlan.Output

    var slugs: [String] { folders.map(\.lastPathComponent) }

    static func read(_ options: SiteBuilder.Options, started: Date, today: CivilDate) -> BuildInputs {
        let content = options.content
        let destination = options.output
        let cached = options.incremental ? Background { BuildCache.readUndecoded(from: destination) } : nil
        let listing = ContentOutline.Listing.read(content, agencies: options.agencies)
        let frameworks = listing.map { _ in Background { ContentOutline.frameworks(content) } }
        let folders = listing?.folders ?? []
        let site = siteFingerprint(options, today: today)
        let undecoded = cached?.value ?? nil
        let whole = undecoded.map { undecoded in Background { undecoded.withDiagnostics() } }
        let checked = fingerprints(of: folders, cache: undecoded?.cache, started: started)
        var outline = ContentOutline.missing(content)
        if let listing, let frameworks { outline = ContentOutline(listing, frameworks: frameworks.value) }
        let cache = whole?.value ?? nil
        let output = BuildPlan.usable(cache, site: site).map { outputState(destination, files: $0.files) } ?? .unread
        return BuildInputs(
            folders: folders, outline: outline, fingerprints: checked.map(\.fingerprint), stats: checked.map(\.stats),
            site: site, cache: cache, output: output)
    }

    /// What every page shares: the theme (with the content's overrides), the frameworks, the
    /// options that shape pages, and the round assessed on the check day.
    private static func siteFingerprint(_ options: SiteBuilder.Options, today: CivilDate) -> String {
        let content = options.content
        let theme = BuildFingerprint.folders(
            builtIn: BuiltInFiles.themeFingerprint,
            [("theme", options.theme), ("templates", content.appending(path: "templates"))])
        let frameworks = BuildFingerprint.folders(
            builtIn: BuiltInFiles.frameworksFingerprint, [("frameworks", content.appending(path: "frameworks"))])
        return BuildFingerprint.site(
            theme: theme, frameworks: frameworks, contentName: content.standardizedFileURL.lastPathComponent,
            baseURL: options.baseURL, auditEveryPage: options.auditEveryPage,
            assessedRound: CheckDate.latestAssessedRound(on: today))
    }

    /// Each agency's fingerprint, in parallel. An agency's files are read only when one of the
    /// entries the cache lists for it changed (its stats, one `fstatat` each); its folders are
    /// listed again only then too. An agency's fingerprint does not depend on the theme or the
    /// tool: the cache of another setup still says whether its files changed.
    private static func fingerprints(
        of folders: [URL], cache: BuildCache?, started: Date
    ) -> [(fingerprint: String, stats: BuildFingerprint.Stats)] {
        let results = ConcurrentResults<(fingerprint: String, stats: BuildFingerprint.Stats)>(count: folders.count)
        DispatchQueue.concurrentPerform(iterations: folders.count) { index in
            let folder = folders[index]
            if let entry = cache?.agencies[folder.lastPathComponent], let hash = entry.stats, let entries = entry.entries,
                BuildFingerprint.stats(of: entries, in: folder, start: started) == hash
            {
                results[index] = (entry.fingerprint, BuildFingerprint.Stats(hash: hash, entries: entries))
            } else {
                let (bytes, stats) = BuildFingerprint.folderAndStats(folder, start: started)
                results[index] = (bytes, stats)
            }
        }
        return results.filled
    }

    /// The output's top-level folders (one listing rather than one `stat` per agency) and whether
    /// the top-level `files` of the cache are all there.
    private static func outputState(_ output: URL, files: [String]) -> BuildPlan.Output {
        let intact = files.allSatisfy { FileManager.default.fileExists(atPath: output.appending(path: $0).path) }
        return BuildPlan.Output(folders: FolderEntries.folderNames(in: output), topLevelIntact: intact)
    }
}
