import Foundation
import Testing

@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

/// The plan of a rebuild, decided from literal fingerprints, cache entries and output folders: no
/// file system. Each test changes one input from an up-to-date build of three agencies.
@Suite struct BuildPlanTests {
    static let site = "site-1"

    static func entry(_ fingerprint: String, audited: Bool = false, findings: [TemplateAudit.Finding] = []) -> BuildCache.Agency {
        BuildCache.Agency(
            fingerprint: fingerprint, stats: "stats-\(fingerprint)", entries: "agency.yaml\u{0}", name: "name \(fingerprint)",
            place: "place \(fingerprint)", diagnostics: [], fileCount: 10, pageCount: 4, audited: audited, findings: findings)
    }

    /// The cache of a build of agencies a, b, c (a, the first, checked against the templates).
    static let cache = BuildCache(
        site: site, agencies: ["a": entry("fa", audited: true), "b": entry("fb"), "c": entry("fc")],
        files: ["index.html"], indexFindings: [])
    static let listed = [(slug: "a", fingerprint: "fa"), (slug: "b", fingerprint: "fb"), (slug: "c", fingerprint: "fc")]
    static let output = BuildPlan.Output(folders: ["a", "b", "c", "assets"], topLevelIntact: true)

    static func plan(
        listed: [(slug: String, fingerprint: String)] = listed, site: String = site, cache: BuildCache? = cache,
        output: BuildPlan.Output = output, auditEveryPage: Bool = false
    ) -> BuildPlan {
        BuildPlan(listed: listed, site: site, cache: cache, output: output, auditEveryPage: auditEveryPage)
    }

    static func slugs(_ plan: BuildPlan, _ indices: [Int]) -> [String] { indices.map { plan.agencies[$0].slug } }

    @Test func unchangedBuildKeepsEverythingAndIsUpToDate() {
        let plan = Self.plan()
        #expect(plan.toBuild.isEmpty)
        #expect(plan.agencies.map(\.kept) == ["a", "b", "c"].map { Self.cache.agencies[$0] })
        #expect(plan.removed.isEmpty)
        #expect(plan.isUpToDate)
        #expect(plan.mode == .update(removing: []))
    }

    @Test func changedAgencyIsBuiltAndTheOthersKept() {
        let plan = Self.plan(listed: [("a", "fa"), ("b", "fb-new"), ("c", "fc")])
        #expect(Self.slugs(plan, plan.toBuild) == ["b"])
        #expect(plan.agencies[0].kept != nil && plan.agencies[2].kept != nil)
        #expect(!plan.isUpToDate)
        #expect(plan.mode == .update(removing: []))
    }

    @Test func siteFingerprintChangeBuildsEveryAgencyAndReplacesTheOutput() {
        let plan = Self.plan(site: "site-2")
        #expect(plan.previous == nil)
        #expect(Self.slugs(plan, plan.toBuild) == ["a", "b", "c"])
        #expect(plan.removed.isEmpty)
        #expect(plan.mode == .replace)
        #expect(plan.rewritesIndex(rows: BuildPlan.rows(of: Self.cache)))
    }

    @Test func noCacheBuildsEverything() {
        let plan = Self.plan(cache: nil, output: .unread)
        #expect(Self.slugs(plan, plan.toBuild) == ["a", "b", "c"])
        #expect(plan.mode == .replace)
        #expect(!plan.isUpToDate)
    }

    @Test func removedAgencyLeavesTheOutputAndChangesTheIndex() {
        let plan = Self.plan(listed: [("a", "fa"), ("c", "fc")])
        #expect(plan.toBuild.isEmpty)
        #expect(plan.removed == ["b"])
        #expect(plan.mode == .update(removing: ["b"]))
        #expect(!plan.isUpToDate)
        #expect(plan.rewritesIndex(rows: [("a", "name fa", "place fa"), ("c", "name fc", "place fc")]))
    }

    @Test func agencyFolderMissingFromTheOutputIsBuilt() {
        let plan = Self.plan(output: .init(folders: ["a", "c"], topLevelIntact: true))
        #expect(Self.slugs(plan, plan.toBuild) == ["b"])
    }

    @Test func missingIndexPageRewritesTheIndexOnly() {
        let plan = Self.plan(output: .init(folders: ["a", "b", "c"], topLevelIntact: false))
        #expect(plan.toBuild.isEmpty)
        #expect(!plan.isUpToDate)
        #expect(plan.rewritesIndex(rows: BuildPlan.rows(of: Self.cache)))
    }

    @Test func renamedAgencyChangesTheIndexRows() {
        let plan = Self.plan(listed: [("a", "fa"), ("b", "fb-new"), ("c", "fc")])
        #expect(!plan.rewritesIndex(rows: BuildPlan.rows(of: Self.cache)))
        #expect(
            plan.rewritesIndex(rows: [("a", "name fa", "place fa"), ("b", "renamed", "place fb"), ("c", "name fc", "place fc")]))
    }

    /// The first agency is the one the template check reads: an entry cached without the check
    /// is built again, even with the same files.
    @Test func templateCheckAgencyIsBuiltUnlessItsCheckIsCached() {
        let unchecked = BuildCache(
            site: Self.site, agencies: ["a": Self.entry("fa"), "b": Self.entry("fb"), "c": Self.entry("fc")],
            files: ["index.html"], indexFindings: [])
        let plan = Self.plan(cache: unchecked)
        #expect(plan.agencies.map(\.audited) == [true, false, false])
        #expect(Self.slugs(plan, plan.toBuild) == ["a"])
        #expect(Self.plan().agencies[0].kept != nil)
    }

    @Test func auditEveryPageChecksEveryAgency() {
        let plan = Self.plan(auditEveryPage: true)
        #expect(plan.agencies.map(\.audited) == [true, true, true])
        #expect(Self.slugs(plan, plan.toBuild) == ["b", "c"])
    }

    /// With `--agency c` only c is listed: it becomes the template-check agency (built, as its
    /// entry was not checked), and a and b leave the output.
    @Test func agencySelectionRemovesTheOthersAndChecksTheFirstSelected() {
        let plan = Self.plan(listed: [("c", "fc")])
        #expect(plan.agencies.map(\.audited) == [true])
        #expect(Self.slugs(plan, plan.toBuild) == ["c"])
        #expect(plan.removed == ["a", "b"])
        #expect(plan.mode == .update(removing: ["a", "b"]))
    }

    @Test func templateFindingsAreTheAuditedAgenciesAndTheIndexs() {
        let finding = TemplateAudit.Finding(template: "item", name: "titel")
        let other = TemplateAudit.Finding(template: "year", name: "x")
        let index = TemplateAudit.Finding(template: "agencies", name: "y")
        let cache = BuildCache(
            site: Self.site,
            agencies: ["a": Self.entry("fa", audited: true, findings: [finding]), "b": Self.entry("fb", findings: [other])],
            files: [], indexFindings: [index, finding])
        let plan = Self.plan(listed: [("a", "fa"), ("b", "fb")], cache: cache)
        #expect(plan.templateFindings(in: cache) == [index, finding])
    }
}
