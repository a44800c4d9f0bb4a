import Foundation
import Testing

@testable import OITCheck
@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

/// A small deterministic generator (SplitMix64), so that every CI run mutates the same way and a
/// failure names the seed that reproduces it.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Mutates the example content's YAML at random (fixed seeds) and asserts that loading and checking
/// never crash, and that builds never write beside their output folder (issue 8).
@Suite(.serialized) struct FuzzTests {
    static let agency = Paths.exampleContent.appendingPathComponent("agencies/klongkate")

    /// Pieces that YAML, Markdown and the loaders treat specially.
    static let tokens: [[UInt8]] =
        [
            ":", ": ", "- ", "[", "]", "{", "}", "\"", "'", "&a ", "*a", "&b [*a,*a,*a]", "!!binary ", "? ", "|", ">",
            "#", "%", "@", "`", "\t", "\n", "\r\n", "---\n", "...\n", "  ", "~", "null", "0x1p6", ".inf", "1e400", "-",
            "../", "/etc/passwd", "\u{200B}", "\u{FEFF}", "ข้อ", "=HYPERLINK(\"x\")", "9999-12-31", "2566-02-30",
        ].map { Array($0.utf8) } + [[0], [0xFF], [0xC0, 0x80], [0xE0, 0xB8], [0x07]]

    static func mutate(_ bytes: [UInt8], _ rng: inout SplitMix64) -> [UInt8] {
        var bytes = bytes
        for _ in 0..<Int.random(in: 1...3, using: &rng) {
            let position = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &rng)
            switch Int.random(in: 0..<6, using: &rng) {
            case 0:
                bytes.insert(contentsOf: tokens.randomElement(using: &rng)!, at: position)
            case 1:
                let length = min(Int.random(in: 1...40, using: &rng), bytes.count - position)
                bytes.removeSubrange(position..<(position + length))
            case 2:
                bytes[safe: position] = UInt8.random(in: 0...255, using: &rng)
            case 3, 4:
                var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
                let a = Int.random(in: 0..<lines.count, using: &rng)
                let b = Int.random(in: 0..<lines.count, using: &rng)
                if Bool.random(using: &rng) { lines.swapAt(a, b) } else { lines.insert(lines[a], at: b) }
                bytes = Array(lines.joined(separator: [0x0A]))
            default:
                // Indentation: the most common hand-editing slip in YAML.
                var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
                let index = Int.random(in: 0..<lines.count, using: &rng)
                if Bool.random(using: &rng) {
                    lines[index].insert(0x20, at: 0)
                } else if lines[index].first == 0x20 {
                    lines[index].removeFirst()
                }
                bytes = Array(lines.joined(separator: [0x0A]))
            }
        }
        return bytes
    }

    /// A private copy of the example agency to mutate.
    static func copyAgency() throws -> (root: URL, content: URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("oit-fuzz-\(UUID().uuidString)")
        let content = root.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: content.appendingPathComponent("agencies"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: agency, to: content.appendingPathComponent("agencies/klongkate"))
        return (root, content)
    }

    /// The shipped frameworks, loaded once: the fuzzer mutates agency files, not frameworks.
    static let frameworks: [Int: Framework] = FrameworkLoader.loadAll(contentFolder: nil, LoadContext(root: Paths.exampleContent))

    /// Loads and checks one mutated file the way a build does, without reloading the frameworks
    /// and the agency's other files each time (a whole-content load per mutation is too slow for CI).
    static func loadAndCheck(_ file: String, content: URL) -> Diagnostics {
        let folder = content.appendingPathComponent("agencies/klongkate")
        let context = LoadContext(root: content)
        let profile = AgencyLoader.loadProfile(folder.appendingPathComponent("agency.yaml"), folder: folder, context)
        var years: [AgencyYear] = []
        if file == "2566/year.yaml", let year = YearLoader.load(folder.appendingPathComponent("2566"), year: 2566, context) {
            years.append(year)
        }
        var diagnostics = context.diagnostics
        if let profile {
            let agency = Agency(slug: "klongkate", folder: folder, profile: profile, years: years)
            diagnostics.append(contentsOf: Checker.check(Project(frameworks: frameworks, agencies: [agency])).1)
        }
        return diagnostics
    }

    @Test(arguments: ["2566/year.yaml", "agency.yaml"])
    func mutatedYAMLNeverCrashesTheLoader(_ file: String) throws {
        let (root, content) = try Self.copyAgency()
        defer { try? FileManager.default.removeItem(at: root) }
        // Only year.yaml in the year folder: items/, results and progress are loaded by other tests.
        let year = content.appendingPathComponent("agencies/klongkate/2566")
        for name in try FileManager.default.contentsOfDirectory(atPath: year.path) where !["year.yaml", "files"].contains(name) {
            try FileManager.default.removeItem(at: year.appendingPathComponent(name))
        }
        let target = content.appendingPathComponent("agencies/klongkate/" + file)
        var original = [UInt8](try Data(contentsOf: target))
        if file == "2566/year.yaml" {
            // The first six items (o1–o6, every kind of key the entries use): the whole 37 KB file
            // takes ~50 ms per mutation in a debug build, too slow for thousands in CI.
            let text = String(decoding: original, as: UTF8.self)
            if let cut = text.range(of: "\n  o7:\n") { original = Array(text[..<cut.lowerBound].utf8) + [0x0A] }
        }
        try Data(original).write(to: target)
        // The unmutated file loads cleanly, so that errors below come from the mutations.
        #expect(Self.loadAndCheck(file, content: content).errors.isEmpty, "\(Self.loadAndCheck(file, content: content).errors)")
        let started = Date()
        var (runs, failed, changed) = (0, 0, 0)
        let mutations = file == "agency.yaml" ? 1500 : 2000
        for seed in 0..<UInt64(mutations) {
            var rng = SplitMix64(seed: seed &* 7919 &+ UInt64(file.count))
            let mutated = Self.mutate(original, &rng)
            if mutated != original { changed += 1 }
            try Data(mutated).write(to: target)
            let diagnostics = Self.loadAndCheck(file, content: content)
            runs += 1
            if diagnostics.hasErrors { failed += 1 }
            // Every error names a place.
            for error in diagnostics.errors where error.location == nil {
                Issue.record("seed \(seed): error without a place: \(error.message)")
            }
        }
        // Every mutation ran, and nearly all changed the file. Most break something (a fuzzer whose
        // mutations all pass would be testing nothing); some load cleanly (one whose mutations all
        // fail would test only the first error).
        #expect(runs == mutations)
        #expect(changed > mutations * 9 / 10, "\(changed) of \(mutations) mutations changed \(file)")
        #expect(failed > mutations / 4, "\(failed) of \(mutations) mutations of \(file) gave errors")
        #expect(failed < mutations, "every mutation of \(file) gave errors")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["Content"])
        print("fuzz \(file): \(mutations) mutations, \(failed) with errors, \(Int(Date().timeIntervalSince(started) * 1000)) ms")
    }

    @Test func mutatedBuildsNeverWriteBesideTheOutput() throws {
        let (root, content) = try Self.copyAgency()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("Site")
        var (builds, wrote, failed) = (0, 0, 0)
        for seed in 0..<UInt64(12) {
            var rng = SplitMix64(seed: 100_000 + seed)
            let file = seed % 2 == 0 ? "2566/year.yaml" : "agency.yaml"
            let target = content.appendingPathComponent("agencies/klongkate/" + file)
            let original = [UInt8](try Data(contentsOf: target))
            try Data(Self.mutate(original, &rng)).write(to: target)
            let started = Date()
            let outcome = SiteBuilder(options: .init(content: content, theme: Paths.theme, output: output)).build()
            print("fuzz build seed \(seed): \(Int(Date().timeIntervalSince(started) * 1000)) ms, wrote: \(outcome.wrote)")
            builds += 1
            if outcome.wrote { wrote += 1 }
            if outcome.diagnostics.hasErrors { failed += 1 }
            // A build writes the site exactly when it found no error.
            #expect(outcome.wrote == !outcome.diagnostics.hasErrors, "seed \(seed)")
            let beside = try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
            #expect(beside == ["Content", "Site"] || beside == ["Content"], "seed \(seed): \(beside)")
            try Data(original).write(to: target)
        }
        print("fuzz builds: \(builds) builds, \(wrote) wrote the site, \(failed) found errors")
        // Both outcomes were exercised: some mutated builds stopped on errors, some wrote the site.
        #expect(builds == 12)
        #expect(failed > 0, "no mutated build found an error")
        #expect(wrote > 0, "no mutated build wrote the site")
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? {
        get { indices.contains(index) ? self[index] : nil }
        set { if let newValue, indices.contains(index) { self[index] = newValue } }
    }
}
