import Foundation
import Testing

@testable import OITCheck
@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

/// Property test of `YAMLTextEditor`: for generated year files full of comments (random key
/// orders, comments above, inside and after values, blank lines, plain, quoted and block values,
/// literal and folded blocks with and without a comment after their header, evidence lists, items
/// and list entries spaced by blank lines or not), a random edit reads back as intended, changes no
/// other value, and changes only the lines of the edited value; a new item or entry is spaced as
/// its siblings are, a block's header comment stays, a folded block stays folded when the new text
/// can be. Seeds are fixed; a failure names its seed.
@Suite struct YAMLEditPropertyTests {
    /// A generated file: its lines and where each value is.
    struct Generated {
        var lines: [String] = []
        /// Text values: path → (line, value).
        var scalars: [(path: String, line: Int, value: String)] = []
        /// Keys of items and evidence entries that can be removed (they have siblings): path → lines.
        var removable: [(path: String, lines: ClosedRange<Int>)] = []
        /// Items: code, the line of `oN:`, the last line of the item, the item's keys, evidence count.
        var items: [(code: String, keyLine: Int, lastLine: Int, keys: [String], evidence: Int)] = []
        /// Block summaries: path, the header's line, the last line, folded (`>`), the header's comment.
        var blocks: [(path: String, header: Int, last: Int, folded: Bool, comment: String?)] = []
        /// Items have a blank line before each; evidence entries have one between them.
        var spacedItems = false
        var spacedEvidence = false
        var serial = 0

        mutating func unique() -> Int {
            serial += 1
            return serial
        }
    }

    static let values = [
        "done", "ข้อความไทย ล้วน", "a: b", "x #1", "-dash", "true", "null", "2566", "2570-01-10", "'quote", "say \"hi\"",
        "https://www.example.go.th/x?a=1#top", "สองบรรทัด\nบรรทัดที่สอง\n", "มี, จุลภาค [และวงเล็บ]", "*star", "@at", "%p",
    ]

    static func generate(_ rng: inout SplitMix64) -> Generated {
        var file = Generated()
        file.lines = ["# ไฟล์ทดสอบ \(file.unique())", "round: 2570  # รอบ", "items:"]
        file.spacedItems = Bool.random(using: &rng)
        file.spacedEvidence = Bool.random(using: &rng)
        let codes = Array(Set((0..<Int.random(in: 2...5, using: &rng)).map { _ in Int.random(in: 1...40, using: &rng) }))
            .shuffled(using: &rng)
        for code in codes {
            if file.spacedItems { file.lines.append("") }
            for _ in 0..<Int.random(in: 0...2, using: &rng) { file.lines.append("  # หมายเหตุ o\(code) \(file.unique())") }
            generateItem("o\(code)", into: &file, &rng)
        }
        if Bool.random(using: &rng) { file.lines.append("# ท้ายไฟล์ \(file.unique())") }
        return file
    }

    static func generateItem(_ code: String, into file: inout Generated, _ rng: inout SplitMix64) {
        let keyLine = file.lines.count
        file.lines.append("  \(code):" + (Bool.random(using: &rng) ? "  # ข้อ \(file.unique())" : ""))
        var keys = ["status", "unit", "summary", "updated", "evidence"].filter { $0 == "status" || Bool.random(using: &rng) }
        keys.shuffle(using: &rng)
        var ranges: [(String, ClosedRange<Int>)] = []
        var evidenceCount = 0
        for key in keys {
            let start = file.lines.count
            let path = "items.\(code).\(key)"
            switch key {
            case "evidence":
                file.lines.append("    evidence:")
                evidenceCount = Int.random(in: 1...3, using: &rng)
                var entries: [ClosedRange<Int>] = []
                for index in 0..<evidenceCount {
                    if index > 0, file.spacedEvidence { file.lines.append("") }
                    let first = file.lines.count
                    let title = "หลักฐาน \(file.unique())"
                    let url = "https://www.example.go.th/\(file.unique())"
                    file.lines += ["      - title: \(title)", "        url: \(url)"]
                    file.scalars += [(path + ".\(index).title", first, title), (path + ".\(index).url", first + 1, url)]
                    if Bool.random(using: &rng) { file.lines.append("        # ใน\(file.unique())") }
                    entries.append(first...(file.lines.count - 1))
                }
                if evidenceCount > 1 {
                    file.removable += entries.enumerated().map { (path + ".\($0.offset)", $0.element) }
                }
            case "summary" where Bool.random(using: &rng):
                let folded = Bool.random(using: &rng)
                let comment = Bool.random(using: &rng) ? "# หมายเหตุหัว \(file.unique())" : nil
                let header = (folded ? ">" : "|") + ["", "-"][Int.random(in: 0...1, using: &rng)]
                file.lines.append("    summary: \(header)" + (comment.map { "  " + $0 } ?? ""))
                file.lines += ["      บรรทัดแรก \(file.unique())", "      บรรทัดสอง"]
                file.blocks.append((path, start, file.lines.count - 1, folded, comment))
            default:
                let value = key == "updated" ? "2570-01-\(10 + file.unique() % 18)" : "ค่า \(key) \(file.unique())"
                let written = [value, "'\(value)'", "\"\(value)\""][Int.random(in: 0...2, using: &rng)]
                let comment = Bool.random(using: &rng) ? "   # หมายเหตุ \(file.unique())" : ""
                file.lines.append("    \(key): \(key == "status" ? "not-started" : written)\(comment)")
                file.scalars.append((path, start, key == "status" ? "not-started" : value))
            }
            ranges.append((path, start...(file.lines.count - 1)))
            if Bool.random(using: &rng) { file.lines.append("    # หลัง \(key) \(file.unique())") }
        }
        if ranges.count > 1 { file.removable += ranges }
        file.items.append((code, keyLine, file.lines.count - 1, keys, evidenceCount))
    }

    /// What an edit is expected to change: the old lines it may touch (nil: it only inserts, within `region`).
    struct Expectation {
        var edit: YAMLEdit
        var oldLines: ClosedRange<Int>?
        var region: ClosedRange<Int>
        var exactRemoval: Bool
        /// A new item's key line (`  oN:`) or a new entry's first line, and whether its siblings are spaced.
        var spacedInsert: (first: String, spaced: Bool)? = nil
        /// A block summary replaced: its header line, folded, its header comment.
        var block: (header: Int, folded: Bool, comment: String?)? = nil
    }

    static let blockValues = ["บรรทัดเดียว", "หนึ่ง\nสอง\n", "หนึ่ง\n\nสาม", " ย่อหน้า\nต่อ\n", "ก\n  ข\n", "ท้าย\n"]

    static func pickEdit(_ file: Generated, _ rng: inout SplitMix64) throws -> Expectation {
        let value = values.randomElement(using: &rng) ?? "x"
        switch Int.random(in: 0..<6, using: &rng) {
        case 4 where !file.blocks.isEmpty:
            let block = file.blocks.randomElement(using: &rng)!
            let text = (blockValues + values).randomElement(using: &rng)!
            return Expectation(
                edit: YAMLEdit(path: try YAMLKeyPath(parsing: block.path), value: .scalar(text)),
                oldLines: block.header...block.last, region: block.header...block.last, exactRemoval: false,
                block: (block.header, block.folded, block.comment))
        case 5:
            let taken = Set(file.items.map(\.code))
            let code = (1...41).map { "o\($0)" }.filter { !taken.contains($0) }.randomElement(using: &rng)!
            return Expectation(
                edit: YAMLEdit(path: try YAMLKeyPath(parsing: "items.\(code).status"), value: .scalar("done")),
                oldLines: nil, region: 0...(file.lines.count - 1), exactRemoval: false,
                spacedInsert: ("  \(code):", file.spacedItems))
        case 0 where !file.removable.isEmpty:
            let (path, lines) = file.removable.randomElement(using: &rng)!
            return Expectation(
                edit: YAMLEdit(path: try YAMLKeyPath(parsing: path), value: .remove), oldLines: lines, region: lines,
                exactRemoval: true)
        case 1:
            let item = file.items.randomElement(using: &rng)!
            let missing = ["reason", "covers", "unit", "updated", "summary"].filter { !item.keys.contains($0) }
            guard let key = missing.randomElement(using: &rng) else { fallthrough }
            return Expectation(
                edit: YAMLEdit(path: try YAMLKeyPath(parsing: "items.\(item.code).\(key)"), value: .scalar(value)),
                oldLines: nil, region: item.keyLine...item.lastLine, exactRemoval: false)
        case 2:
            let item = file.items.randomElement(using: &rng)!
            guard item.evidence > 0 else { fallthrough }
            let entry = YAMLEditValue.mapping([
                YAMLEditPair(key: "title", value: .scalar(value)), YAMLEditPair(key: "url", value: .scalar("https://a.go.th/n")),
            ])
            return Expectation(
                edit: YAMLEdit(path: try YAMLKeyPath(parsing: "items.\(item.code).evidence.\(item.evidence)"), value: entry),
                oldLines: nil, region: item.keyLine...item.lastLine, exactRemoval: false,
                spacedInsert: item.evidence > 1 ? ("      - title: ", file.spacedEvidence) : nil)
        default:
            let target = file.scalars.randomElement(using: &rng)!
            return Expectation(
                edit: YAMLEdit(path: try YAMLKeyPath(parsing: target.path), value: .scalar(value)),
                oldLines: target.line...target.line, region: target.line...target.line, exactRemoval: false)
        }
    }

    @Test func randomEditsChangeOnlyTheirValue() throws {
        for seed in 0..<UInt64(1000) {
            var rng = SplitMix64(seed: 0x21_0000 + seed)
            let file = Self.generate(&rng)
            let text = file.lines.joined(separator: "\n") + "\n"
            let expectation = try Self.pickEdit(file, &rng)
            let edited: String
            do {
                edited = try YAMLTextEditor.apply(
                    [expectation.edit], to: text, order: .forFile(URL(fileURLWithPath: "year.yaml")))
            } catch {
                Issue.record("seed \(seed): \(expectation.edit): \(error)\n\(text)")
                continue
            }
            check(seed, text, edited, expectation)
        }
    }

    func check(_ seed: UInt64, _ text: String, _ edited: String, _ expectation: Expectation) {
        let diff = ContentFileEdit.changedLines(text, edited)
        let context = "seed \(seed): \(expectation.edit.path) \(expectation.edit.value)\n\(text)\n--- became ---\n\(edited)"
        if expectation.exactRemoval {
            #expect(diff.old == expectation.region.lowerBound..<(expectation.region.upperBound + 1), "\(context)")
            #expect(diff.new.isEmpty, "\(context)")
        } else if let old = expectation.oldLines {
            #expect(
                diff.old.isEmpty || (diff.old.lowerBound >= old.lowerBound && diff.old.upperBound <= old.upperBound + 1),
                "\(context)")
            #expect(diff.new.lowerBound >= old.lowerBound, "\(context)")
        } else {
            #expect(diff.old.isEmpty, "\(context)")
            // After a spaced sibling the new lines may be read as starting after the blank line.
            let slack = expectation.spacedInsert?.spaced == true ? 1 : 0
            let region = expectation.region.lowerBound...(expectation.region.upperBound + slack)
            #expect(region.contains(diff.new.lowerBound - 1), "\(context)")
        }
        checkSpacing(text, edited, expectation, context)
        checkBlock(edited, expectation, context)
        // The value reads back, and every other value is as it was.
        guard case .success(let before?) = YAMLComposer.compose(text, file: ""),
            case .success(let after?) = YAMLComposer.compose(edited, file: "")
        else {
            Issue.record("\(context): does not parse")
            return
        }
        var expected = Tree(before)
        expected.apply(expectation.edit.path.components[...], expectation.edit.value)
        #expect(Tree(after) == expected, "\(context)")
    }

    /// A new item or list entry has a blank line before it exactly when its siblings do, none inside.
    func checkSpacing(_ text: String, _ edited: String, _ expectation: Expectation, _ context: String) {
        guard let (first, spaced) = expectation.spacedInsert else { return }
        let old = text.components(separatedBy: "\n")
        let new = edited.components(separatedBy: "\n")
        let added = new.indices.filter { new[$0].hasPrefix(first) && !old.contains(new[$0]) }
        guard let line = added.first, line > 0 else {
            Issue.record("\(context): no new line \(first)")
            return
        }
        #expect((new[line - 1] == "") == spaced, "\(context)")
        let diff = ContentFileEdit.changedLines(text, edited)
        let written = first.hasPrefix("      - ") ? YAMLBlockWriter.item(expectation.edit.value, dash: 6).count : 2
        #expect(diff.new.count == written + (spaced ? 1 : 0), "\(context)")
    }

    /// A replaced block summary: the comment after its header stays on the key's line; a folded
    /// block stays folded when the new text can be folded, and is written literal when not.
    func checkBlock(_ edited: String, _ expectation: Expectation, _ context: String) {
        guard let block = expectation.block, case .scalar(let text) = expectation.edit.value else { return }
        let line = edited.components(separatedBy: "\n")[block.header]
        #expect(line.hasPrefix("    summary: "), "\(context)")
        if let comment = block.comment { #expect(line.hasSuffix("  " + comment), "\(context)") }
        guard let literal = YAMLEmitter.literalBlock(text, parentIndent: 4) else { return }
        let foldable = !text.split(separator: "\n").contains { $0.first == " " || $0.first == "\t" }
        let header = line.dropFirst("    summary: ".count).first
        #expect(header == (block.folded && foldable ? ">" : "|"), "\(context): \(literal.header)")
    }

    /// A document's values as the loader reads them: mappings by key (order does not matter to it).
    enum Tree: Equatable {
        case text(String)
        case list([Tree])
        case map([String: Tree])

        init(_ node: YAMLNode) {
            switch node.value {
            case .scalar(let text, _): self = .text(text)
            case .sequence(let items): self = .list(items.map(Tree.init))
            case .mapping(let pairs):
                self = .map(Dictionary(pairs.map { ($0.key.scalar ?? "", Tree($0.value)) }, uniquingKeysWith: { a, _ in a }))
            }
        }

        init(_ value: YAMLEditValue) {
            switch value {
            case .scalar(let text): self = .text(text)
            case .sequence(let items): self = .list(items.map(Tree.init))
            case .mapping(let pairs):
                self = .map(Dictionary(pairs.map { ($0.key, Tree($0.value)) }, uniquingKeysWith: { a, _ in a }))
            case .remove: self = .text("")
            }
        }

        mutating func apply(_ path: ArraySlice<YAMLKeyPath.Component>, _ value: YAMLEditValue) {
            guard let first = path.first else {
                self = Tree(value)
                return
            }
            switch (self, first) {
            case (.map(var map), _):
                let key = YAMLLineEditor.name(first)
                if path.count == 1, value == .remove {
                    map[key] = nil
                } else {
                    var child = map[key] ?? .map([:])
                    child.apply(path.dropFirst(), value)
                    map[key] = child
                }
                self = .map(map)
            case (.list(var items), .index(let index)):
                if path.count == 1, value == .remove {
                    items.remove(at: index)
                } else if index == items.count {
                    var child = Tree.map([:])
                    child.apply(path.dropFirst(), value)
                    items.append(path.count == 1 ? Tree(value) : child)
                } else {
                    items[index].apply(path.dropFirst(), value)
                }
                self = .list(items)
            default:
                break
            }
        }
    }
}
