import Foundation

@testable import OITCheck
@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

/// A small content folder written for one test, removed when the test ends.
final class Fixture: @unchecked Sendable {
    let root: URL
    var content: URL { root.appendingPathComponent("Content") }
    var output: URL { root.appendingPathComponent("Site") }

    static let agencyYAML = """
        name: องค์การบริหารส่วนตำบลทดสอบ
        province: ลพบุรี
        website: https://www.example.go.th/

        """

    /// - Parameter files: paths relative to the content folder, with their text.
    init(_ files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("oit-test-\(UUID().uuidString)")
        for (path, text) in files { try write(text, to: path) }
    }

    /// One agency `test` with a 2566 year whose `year.yaml` is given.
    convenience init(year: String, extra: [String: String] = [:]) throws {
        var files = ["agencies/test/agency.yaml": Fixture.agencyYAML, "agencies/test/2566/year.yaml": year]
        files.merge(extra) { _, new in new }
        try self.init(files)
    }

    /// Agency `test` (its `agency.yaml` given) with `files`, built as `oit build` builds.
    static func built(_ files: [String: String]) throws -> (Fixture, SiteBuilder.Outcome) {
        var all = ["agencies/test/agency.yaml": Fixture.agencyYAML]
        all.merge(files) { _, new in new }
        let fixture = try Fixture(all)
        return (fixture, fixture.build())
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func write(_ text: String, to path: String) throws {
        let url = content.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Loads and checks, as `oit check` does.
    func check() -> Diagnostics {
        SiteBuilder(options: options).check().diagnostics
    }

    func load() -> Project { ContentLoader.load(from: content).0 }

    func build(strict: Bool = false) -> SiteBuilder.Outcome {
        var options = self.options
        options.strict = strict
        return SiteBuilder(options: options).build()
    }

    var options: SiteBuilder.Options {
        SiteBuilder.Options(content: content, theme: Paths.theme, output: output)
    }
}

/// Places in the repository the tests read.
enum Paths {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let theme = repository.appendingPathComponent("Templates")
    static let exampleContent = repository.appendingPathComponent("Content")
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Snapshots")
}

extension Diagnostics {
    /// `file:line:col` of each diagnostic with the given message, for asserting places.
    func places(where matches: (Message) -> Bool) -> [String] {
        sorted.filter { matches($0.message) }.compactMap {
            $0.location.map { "\($0.file.path.split(separator: "/").suffix(2).joined(separator: "/")):\($0.line):\($0.column)" }
        }
    }

    var errors: [Diagnostic] { sorted.filter { $0.severity == .error } }
    var warnings: [Diagnostic] { sorted.filter { $0.severity == .warning } }
}
