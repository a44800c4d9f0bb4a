import Foundation
import Testing

@testable import OITCheck
@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite
@testable import OITWrite

/// A rebuild renders only the agencies whose files changed, keeps every unchanged file as it was
/// (inode and modification time), reports the cached warnings, and ends with the same bytes as a
/// full build.
@Suite struct IncrementalBuildTests {
    /// A copy of the example content (four agencies, with warnings and notes) and of the theme.
    final class Workspace: @unchecked Sendable {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("oit-incremental-\(UUID().uuidString)")
        var content: URL { root.appendingPathComponent("Content") }
        var theme: URL { root.appendingPathComponent("Theme") }
        var output: URL { root.appendingPathComponent("Site") }

        init() throws {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Paths.exampleContent, to: content)
            try FileManager.default.copyItem(at: Paths.theme, to: theme)
        }

        deinit { try? FileManager.default.removeItem(at: root) }

        func build(into output: URL? = nil, strict: Bool = false, incremental: Bool = true) -> SiteBuilder.Outcome {
            var options = SiteBuilder.Options(content: content, theme: theme, output: output ?? self.output, strict: strict)
            options.incremental = incremental
            return SiteBuilder(options: options).build()
        }

        /// Replaces `old` with `new` in a file of the content (or, with `inTheme`, of the theme).
        func edit(_ path: String, inTheme: Bool = false, replacing old: String, with new: String) throws {
            let url = (inTheme ? theme : content).appendingPathComponent(path)
            let text = try String(contentsOf: url, encoding: .utf8)
            try Data(text.edited(replacing: old, with: new).utf8).write(to: url)
        }
    }

    /// Inode, modification time and size of every entry under a folder (links not followed).
    /// Read through FileManager (`lstat` underneath, on Linux and macOS alike), whose dates keep
    /// the nanoseconds a rewrite within the same second would change.
    struct Stamp: Equatable {
        var inode: Int
        var modified: Date
        var size: Int
        var isLink: Bool
    }

    static func stamps(of folder: URL) -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)!
        while let relative = enumerator.nextObject() as? String {
            guard let info = try? FileManager.default.attributesOfItem(atPath: folder.path + "/" + relative),
                let inode = (info[.systemFileNumber] as? NSNumber)?.intValue, let modified = info[.modificationDate] as? Date,
                let size = (info[.size] as? NSNumber)?.intValue
            else { continue }
            stamps[relative] = Stamp(
                inode: inode, modified: modified, size: size, isLink: info[.type] as? FileAttributeType == .typeSymbolicLink)
        }
        return stamps
    }

    static func bytes(of folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for (relative, stamp) in stamps(of: folder) {
            var isDirectory: ObjCBool = false
            guard !stamp.isLink, FileManager.default.fileExists(atPath: folder.path + "/" + relative, isDirectory: &isDirectory),
                !isDirectory.boolValue
            else { continue }
            files[relative] = try Data(contentsOf: folder.appendingPathComponent(relative))
        }
        return files
    }

    /// The paths whose bytes differ between two folders (present in one only, or different). The
    /// build cache is left out: it records the content files' times, which a copy does not share.
    static func differences(_ a: URL, _ b: URL) throws -> [String] {
        let (left, right) = (try bytes(of: a), try bytes(of: b))
        return Set(left.keys).union(right.keys).filter { left[$0] != right[$0] && $0 != BuildCache.name }.sorted()
    }

    /// Files and folders beside the output (a staging folder left behind would show here).
    static func siblings(of workspace: Workspace) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: workspace.root.path).sorted()
    }

    @Test func noChangeRebuildWritesNothingAndReportsTheSameWarnings() throws {
        let workspace = try Workspace()
        let first = workspace.build()
        #expect(first.wrote)
        #expect(first.diagnostics.warningCount > 0)
        #expect(first.summary?.agenciesRendered == 4)
        let before = Self.stamps(of: workspace.output)
        #expect(before.count > 150)

        let second = workspace.build()
        #expect(second.wrote)
        #expect(second.agencies == 4)
        #expect(second.summary?.agenciesRendered == 0)
        #expect(second.summary?.filesWritten == 0)
        #expect(second.summary?.filesUnchanged == first.summary.map { $0.filesWritten + $0.filesUnchanged })
        #expect(second.summary?.pages == first.summary?.pages)
        #expect(second.diagnostics.all == first.diagnostics.all)
        #expect(Self.stamps(of: workspace.output) == before)
        #expect(try Self.siblings(of: workspace) == ["Content", "Site", "Theme"])
    }

    @Test func strictRebuildFailsOnCachedWarningsAsAFullBuildDoes() throws {
        let workspace = try Workspace()
        #expect(workspace.build().wrote)
        let before = Self.stamps(of: workspace.output)

        let strict = workspace.build(strict: true)
        let fullStrict = workspace.build(into: workspace.root.appendingPathComponent("Full"), strict: true)
        #expect(!strict.wrote)
        #expect(!fullStrict.wrote)
        #expect(strict.diagnostics.errorCount > 0)
        #expect(
            Set(strict.diagnostics.sorted.map { $0.formatted(in: .english) })
                == Set(fullStrict.diagnostics.sorted.map { $0.formatted(in: .english) }))
        #expect(Self.stamps(of: workspace.output) == before)
    }

    @Test func oneAgencyChangeRendersOnlyThatAgency() throws {
        let workspace = try Workspace()
        #expect(workspace.build().wrote)
        let before = Self.stamps(of: workspace.output)
        let beforeBytes = try Self.bytes(of: workspace.output)

        try workspace.edit(
            "agencies/phanomthuan/agency.yaml", replacing: "website: https://www.phanomthuan.go.th/",
            with: "website: https://www.phanomthuan.go.th/new/")
        let outcome = workspace.build()
        #expect(outcome.wrote)
        #expect(outcome.summary?.agenciesRendered == 1)
        let after = Self.stamps(of: workspace.output)
        let afterBytes = try Self.bytes(of: workspace.output)
        var changed: [String] = []
        for (path, stamp) in after where !path.hasPrefix(BuildCache.name) {
            let inAgency = path == "phanomthuan" || path.hasPrefix("phanomthuan/")
            if !inAgency {
                // Other agencies, the index page and the shared assets are untouched.
                #expect(before[path] == stamp, "\(path) changed")
            } else if afterBytes[path] != nil, afterBytes[path] == beforeBytes[path] {
                // In the agency rendered again, a file with the same bytes keeps its inode and time.
                #expect(before[path] == stamp, "\(path) has the same bytes but was written again")
            } else if afterBytes[path] != nil {
                changed.append(path)
            }
        }
        #expect(!changed.isEmpty)
        #expect(outcome.summary?.filesWritten == changed.count)
        #expect(Set(after.keys) == Set(before.keys))
        #expect(!after.values.contains { $0.isLink })
    }

    /// The theme's assets in every agency's folder are one file on disk (hard links), with the
    /// theme's bytes; after a theme change each agency's copy has the new bytes.
    @Test func agenciesShareTheirAssetFiles() throws {
        let workspace = try Workspace()
        #expect(workspace.build().wrote)
        let stamps = Self.stamps(of: workspace.output)
        let styles = stamps.filter { $0.key.hasSuffix("/assets/style.css") }
        #expect(styles.count == 4)
        #expect(Set(styles.values.map(\.inode)).count == 1)
        let theme = try Data(contentsOf: workspace.theme.appendingPathComponent("assets/style.css"))
        for path in styles.keys { #expect(try Data(contentsOf: workspace.output.appendingPathComponent(path)) == theme) }

        try workspace.edit("assets/style.css", inTheme: true, replacing: "}", with: "} ")
        #expect(workspace.build().wrote)
        let changed = try Data(contentsOf: workspace.theme.appendingPathComponent("assets/style.css"))
        #expect(changed != theme)
        for path in styles.keys { #expect(try Data(contentsOf: workspace.output.appendingPathComponent(path)) == changed) }
        let after = Self.stamps(of: workspace.output).filter { $0.key.hasSuffix("/assets/style.css") }
        #expect(Set(after.values.map(\.inode)).count == 1)
        #expect(after.values.first?.inode != styles.values.first?.inode)
    }

    @Test func themeChangeRendersEveryAgency() throws {
        let workspace = try Workspace()
        #expect(workspace.build().wrote)
        let before = Self.stamps(of: workspace.output)

        try workspace.edit("layout.mustache", inTheme: true, replacing: "</body>", with: "<!-- theme 2 -->\n</body>")
        let outcome = workspace.build()
        #expect(outcome.wrote)
        #expect(outcome.summary?.agenciesRendered == 4)
        let after = Self.stamps(of: workspace.output)
        let pages = after.keys.filter { $0.hasSuffix(".html") && $0 != Route.siteIndexFile }
        #expect(pages.count > 150)
        for page in pages { #expect(before[page] != after[page], "\(page) kept the old layout") }
        // Exports and assets did not change: they keep their inode and time.
        let unchanged = after.keys.filter { $0.hasSuffix(".csv") || $0.hasSuffix(".css") }
        #expect(!unchanged.isEmpty)
        for path in unchanged { #expect(before[path] == after[path], "\(path) was written again") }

        let full = workspace.root.appendingPathComponent("Full")
        #expect(workspace.build(into: full).wrote)
        #expect(try Self.differences(workspace.output, full) == [])
    }

    @Test func failedRebuildLeavesTheOutputUntouched() throws {
        let workspace = try Workspace()
        #expect(workspace.build().wrote)
        let before = Self.stamps(of: workspace.output)
        let beforeBytes = try Self.bytes(of: workspace.output)

        // A content error in one agency, with another agency changed too.
        try workspace.edit("agencies/phanomthuan/agency.yaml", replacing: "name: เทศบาลตำบลพนมทวน", with: "name: [broken")
        try workspace.edit("agencies/klongkate/agency.yaml", replacing: "name: ", with: "name: ใหม่ ")
        let failed = workspace.build()
        #expect(!failed.wrote)
        #expect(failed.diagnostics.errorCount > 0)
        #expect(Self.stamps(of: workspace.output) == before)
        #expect(try Self.bytes(of: workspace.output) == beforeBytes)
        #expect(try Self.siblings(of: workspace) == ["Content", "Site", "Theme"])

        // A broken template: the theme is read only once something must be rendered.
        try workspace.edit("agencies/phanomthuan/agency.yaml", replacing: "name: [broken", with: "name: เทศบาลตำบลพนมทวน")
        try workspace.edit("layout.mustache", inTheme: true, replacing: "</body>", with: "{{#open}}</body>")
        let broken = workspace.build()
        #expect(!broken.wrote)
        #expect(Self.stamps(of: workspace.output) == before)
        #expect(try Self.siblings(of: workspace) == ["Content", "Site", "Theme"])
    }

    /// Agencies are rendered as soon as they are checked; a build that then fails, by a content
    /// error or a warning under `--strict`, discards what it rendered, and reports what a build
    /// that checked everything first reported.
    @Test func failedFirstBuildWritesNothingAndReportsTheContentsErrorsOnly() throws {
        let workspace = try Workspace()
        try workspace.edit("agencies/phanomthuan/agency.yaml", replacing: "name: เทศบาลตำบลพนมทวน", with: "name: [broken")
        try workspace.edit("layout.mustache", inTheme: true, replacing: "</body>", with: "{{#open}}</body>")
        let failed = workspace.build()
        #expect(!failed.wrote)
        #expect(failed.diagnostics.all.allSatisfy { !($0.location?.file.path.hasSuffix(".mustache") ?? false) })
        #expect(failed.diagnostics.errorCount == 1)
        #expect(try Self.siblings(of: workspace) == ["Content", "Theme"])

        try workspace.edit("agencies/phanomthuan/agency.yaml", replacing: "name: [broken", with: "name: เทศบาลตำบลพนมทวน")
        try workspace.edit("layout.mustache", inTheme: true, replacing: "{{#open}}</body>", with: "</body>")
        let strict = workspace.build(strict: true)
        #expect(!strict.wrote && strict.diagnostics.errorCount > 0)
        #expect(try Self.siblings(of: workspace) == ["Content", "Theme"])
    }

    @Test func incrementalBuildEqualsAFullBuild() throws {
        let workspace = try Workspace()
        #expect(workspace.build().wrote)
        let indexBefore = Self.stamps(of: workspace.output)[Route.siteIndexFile]

        // A renamed agency (the index page changes), an edited one, one removed and one added.
        try workspace.edit("agencies/phanomthuan/agency.yaml", replacing: "name: เทศบาลตำบลพนมทวน", with: "name: เทศบาลเมืองพนมทวน")
        try workspace.edit("agencies/klongkate/agency.yaml", replacing: "website: https://", with: "website: https://new.")
        let agencies = workspace.content.appendingPathComponent("agencies")
        try FileManager.default.removeItem(at: agencies.appendingPathComponent("wangmuang-khonkaen"))
        try FileManager.default.copyItem(
            at: agencies.appendingPathComponent("wangmuang-saraburi"),
            to: agencies.appendingPathComponent("added"))
        let incremental = workspace.build()
        let full = workspace.root.appendingPathComponent("Full")
        let fresh = workspace.build(into: full, incremental: false)
        #expect(incremental.wrote)
        #expect(fresh.wrote)
        #expect(
            Set(incremental.diagnostics.sorted.map { $0.formatted(in: .english) })
                == Set(fresh.diagnostics.sorted.map { $0.formatted(in: .english) }))
        if incremental.wrote {
            #expect(incremental.summary?.agenciesRendered == (incremental.summary?.agencies ?? 0) - 1)
            #expect(try Self.differences(workspace.output, full) == [])
            #expect(Self.stamps(of: workspace.output)[Route.siteIndexFile] != indexBefore)
            #expect(!FileManager.default.fileExists(atPath: workspace.output.appendingPathComponent("wangmuang-khonkaen").path))
        }
    }

    @Test func fullRebuildKeepsUnchangedFiles() throws {
        let workspace = try Workspace()
        #expect(workspace.build().wrote)
        let before = Self.stamps(of: workspace.output)
        let again = workspace.build(incremental: false)
        #expect(again.summary?.agenciesRendered == 4)
        #expect(again.summary?.filesWritten == 0)
        let after = Self.stamps(of: workspace.output)
        for (path, stamp) in after where !path.hasPrefix(BuildCache.name) && !path.hasPrefix(OutputManifest.name) {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: workspace.output.path + "/" + path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { #expect(before[path] == stamp, "\(path)") }
        }
    }

    @Test func cacheFromAnotherBuildSetupIsNotUsed() throws {
        let workspace = try Workspace()
        #expect(workspace.build().wrote)
        // An unreadable cache means a full build, which still succeeds.
        try Data("{".utf8).write(to: workspace.output.appendingPathComponent(BuildCache.name))
        let outcome = workspace.build()
        #expect(outcome.wrote)
        #expect(outcome.summary?.agenciesRendered == 4)
        #expect(BuildCache.read(from: workspace.output) != nil)
    }
}
