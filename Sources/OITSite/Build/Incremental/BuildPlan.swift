import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender
import OITWrite

/// Which agencies a build loads, checks and renders, which it keeps from the previous build and
/// which it removes from the output, decided from fingerprints, the cache and the options alone:
/// no file system, so every decision is tested from literal values (`BuildPlanTests`). `README.md`
/// in this folder tells how a rebuild decides, start to end.
///
/// - The cache counts only when it was written under this build's site fingerprint
///   (`BuildFingerprint.site`: the tool, the theme, the frameworks, the options that shape pages,
///   the assessed round). Otherwise every agency is built and the output is replaced as a whole.
/// - An agency is kept (not loaded, its folder in the output left as it is, its messages replayed
///   from the cache) when the cache has it with the same fingerprint and the output still holds
///   its folder. The agency whose pages the template check reads (the first one listed, or every
///   one with `--audit-every-page`) is kept only when its cached entry was checked too.
/// - Every other listed agency is loaded, checked and rendered.
/// - An agency of the cache that is listed no more (deleted, or left out by `--agency`) is removed.
struct BuildPlan {
    /// A row of the site index: an agency's folder name, name and place.
    typealias Row = (slug: String, name: String, place: String)

    /// One listed agency folder, in listing order.
    struct Agency: Equatable {
        var slug: String
        /// `BuildFingerprint.folder` of its folder now.
        var fingerprint: String
        /// Whether its pages are checked against their templates (the template check).
        var audited: Bool
        /// Its entry in the cache when its output is kept as it is; nil when it is built.
        var kept: BuildCache.Agency?
    }

    /// What the output folder holds, as far as the plan asks; read only when the cache is usable.
    struct Output: Equatable {
        /// The names of the folders at its top.
        var folders: Set<String>
        /// Whether every top-level file the cache lists (the index page, shared assets) is there.
        var topLevelIntact: Bool

        static let unread = Output(folders: [], topLevelIntact: false)
    }

    let agencies: [Agency]
    /// The previous build's cache when it was written under this build's site fingerprint.
    let previous: BuildCache?
    /// Agencies of the previous build that are listed no more: their folders leave the output.
    let removed: Set<String>
    /// Whether the output holds every top-level file of the previous build.
    let topLevelIntact: Bool

    /// - Parameters:
    ///   - listed: the agency folders of this build (after `--agency`), with their fingerprints.
    ///   - site: `BuildFingerprint.site` of this build.
    ///   - cache: the output folder's cache, nil when there is none (or `--full`).
    init(
        listed: [(slug: String, fingerprint: String)], site: String, cache: BuildCache?, output: Output, auditEveryPage: Bool
    ) {
        let previous = Self.usable(cache, site: site)
        self.previous = previous
        topLevelIntact = previous != nil && output.topLevelIntact
        agencies = listed.enumerated().map { index, agency in
            let audited = index == 0 || auditEveryPage
            var kept: BuildCache.Agency?
            if let entry = previous?.agencies[agency.slug], entry.fingerprint == agency.fingerprint,
                !audited || entry.audited, output.folders.contains(agency.slug)
            {
                kept = entry
            }
            return Agency(slug: agency.slug, fingerprint: agency.fingerprint, audited: audited, kept: kept)
        }
        removed = Set(previous?.agencies.keys.map { $0 } ?? []).subtracting(listed.map(\.slug))
    }

    /// `cache` when it was written under the site fingerprint `site`; nil otherwise.
    static func usable(_ cache: BuildCache?, site: String) -> BuildCache? { cache?.site == site ? cache : nil }

    /// The agencies to load, check and render, by their index in `agencies`.
    var toBuild: [Int] { agencies.indices.filter { agencies[$0].kept == nil } }

    /// How the finished build takes the output's place: as a whole without a usable cache, else
    /// only the entries it wrote, the removed agencies taken away.
    var mode: OutputFolder.Mode { previous == nil ? .replace : .update(removing: removed) }

    /// Whether the output already is this build: every agency kept, none removed, the index the same.
    var isUpToDate: Bool {
        guard toBuild.isEmpty, removed.isEmpty else { return false }
        let rows = agencies.compactMap { agency in agency.kept.map { (agency.slug, $0.name, $0.place) } }
        return !rewritesIndex(rows: rows)
    }

    /// Whether the site index and its shared assets are written again, for this build's rows (in
    /// agency order): without a usable cache, when a top-level file is missing, or when a row changed.
    func rewritesIndex(rows: [Row]) -> Bool {
        guard let previous, topLevelIntact else { return true }
        return !rows.elementsEqual(Self.rows(of: previous), by: ==)
    }

    /// The template check's findings for the build `cache` describes: those of the audited
    /// agencies and of the index page, each once, sorted.
    func templateFindings(in cache: BuildCache) -> [TemplateAudit.Finding] {
        let agencies = agencies.filter(\.audited).flatMap { cache.agencies[$0.slug]?.findings ?? [] }
        return Set(agencies + cache.indexFindings).sorted()
    }

    /// The index rows a cached build listed, in agency order.
    static func rows(of cache: BuildCache) -> [Row] {
        cache.agencies.sorted { $0.key < $1.key }.map { ($0.key, $0.value.name, $0.value.place) }
    }
}
