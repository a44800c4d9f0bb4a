import Foundation
import Testing

@testable import OITCheck
@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

/// `YAMLTextEditor`: an edit rewrites only its value's lines; every other byte stays.
@Suite struct YAMLTextEditorTests {
    static let year = """
        # year.yaml ของ ทดสอบ: หมายเหตุของผู้ใช้
        round: 2570
        items:

          # o1 โครงสร้าง
          o1:
            status: not-started   # ยังไม่เริ่ม
            unit: 'สำนักปลัด'
            evidence:
              - title: แผนผัง
                url: https://www.example.go.th/a

          # o2 ข้อมูลผู้บริหาร
          o2:
            status: done
            summary: |
              บรรทัดแรก
              บรรทัดที่สอง
            # หมายเหตุใน o2
          o3:
            status: n/a
            reason: "ไม่มี"

        """

    func edit(_ text: String, _ path: String, _ value: YAMLEditValue, file: String = "year.yaml") throws -> String {
        try YAMLTextEditor.apply(
            [YAMLEdit(path: YAMLKeyPath(parsing: path), value: value)], to: text,
            order: .forFile(URL(fileURLWithPath: "/x/agencies/a/2570/\(file)")))
    }

    /// The lines of `new` that differ from `old`, as (old lines, new lines) between the common head and tail.
    func changed(_ old: String, _ new: String) -> (old: [String], new: [String]) {
        let a = old.components(separatedBy: "\n")
        let b = new.components(separatedBy: "\n")
        var head = 0
        while head < min(a.count, b.count), a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < min(a.count, b.count) - head, a[a.count - 1 - tail] == b[b.count - 1 - tail] { tail += 1 }
        return (Array(a[head..<(a.count - tail)]), Array(b[head..<(b.count - tail)]))
    }

    // MARK: - Scalars

    @Test func replacingATextKeepsTheCommentAfterIt() throws {
        let new = try edit(Self.year, "items.o1.status", .scalar("done"))
        #expect(changed(Self.year, new).old == ["    status: not-started   # ยังไม่เริ่ม"])
        #expect(changed(Self.year, new).new == ["    status: done   # ยังไม่เริ่ม"])
    }

    @Test func quotingStyleIsKept() throws {
        let single = try edit(Self.year, "items.o1.unit", .scalar("กองคลัง"))
        #expect(changed(Self.year, single).new == ["    unit: 'กองคลัง'"])
        let double = try edit(Self.year, "items.o3.reason", .scalar("ไม่มีหน่วยงานย่อย"))
        #expect(changed(Self.year, double).new == ["    reason: \"ไม่มีหน่วยงานย่อย\""])
    }

    @Test(arguments: [
        ("ไทย ล้วน", "ไทย ล้วน"), ("a: b", "\"a: b\""), ("x #1", "\"x #1\""), ("-dash", "\"-dash\""), ("*star", "\"*star\""),
        ("&amp", "\"&amp\""), ("!bang", "\"!bang\""), ("|pipe", "\"|pipe\""), (">gt", "\">gt\""), ("'q", "\"'q\""),
        ("%p", "\"%p\""), ("@at", "\"@at\""), ("true", "\"true\""), ("null", "\"null\""), ("yes", "\"yes\""),
        ("2566", "\"2566\""), ("1.5", "\"1.5\""), ("say \"hi\"", "say \"hi\""),
    ])
    func valuesThatNeedQuotingAreQuoted(_ value: String, _ written: String) throws {
        // The old value is plain text, so a number becomes text too.
        let new = try edit("summary: plain text\n", "summary", .scalar(value))
        #expect(new == "summary: \(written)\n")
        let root = try #require(try YAMLComposer.compose(new, file: "").get())
        let node = YAMLTextEditor.find(try YAMLKeyPath(parsing: "summary").components[...], in: root)
        #expect(node?.scalar == value)
    }

    @Test func aNumberStaysPlainWhereTheOldValueWasANumber() throws {
        #expect(try edit("round: 2566\n", "round", .scalar("2570")) == "round: 2570\n")
        #expect(try edit("x: 1\n", "z", .scalar("2570-01-10"), file: "other.yaml") == "x: 1\nz: 2570-01-10\n")
        // A key YAML 1.1 reads as a boolean is quoted, so that it stays the text "y".
        #expect(try edit("x: 1\n", "y", .scalar("1"), file: "other.yaml") == "x: 1\n\"y\": 1\n")
    }

    @Test func aBlockScalarStaysABlockAtItsIndentation() throws {
        let new = try edit(Self.year, "items.o2.summary", .scalar("หนึ่ง\nสอง\nสาม\n"))
        #expect(changed(Self.year, new).new == ["      หนึ่ง", "      สอง", "      สาม"])
        let oneLine = try edit(Self.year, "items.o2.summary", .scalar("บรรทัดเดียว"))
        #expect(changed(Self.year, oneLine).old == ["    summary: |", "      บรรทัดแรก", "      บรรทัดที่สอง"])
        #expect(changed(Self.year, oneLine).new == ["    summary: บรรทัดเดียว"])
    }

    @Test func anEmptyValueIsFilledAfterItsColon() throws {
        #expect(try edit("a:\nb: 1\n", "a", .scalar("x")) == "a: x\nb: 1\n")
        #expect(try edit("a:   # note\n", "a", .scalar("x")) == "a: x   # note\n")
    }

    // MARK: - Line ends and byte-order mark

    @Test func crlfAndByteOrderMarkStay() throws {
        let text = "\u{FEFF}round: 2570\r\nitems:\r\n  o1:\r\n    status: done\r\n"
        let new = try edit(text, "items.o1.unit", .scalar("กองช่าง"))
        #expect(new == "\u{FEFF}round: 2570\r\nitems:\r\n  o1:\r\n    status: done\r\n    unit: กองช่าง\r\n")
        let noFinalEnd = try edit("a: 1\nb: 2", "c", .scalar("3"))
        #expect(noFinalEnd == "a: 1\nb: 2\nc: 3")
    }

    // MARK: - Insertion

    @Test func aNewKeyGoesWhereTheDocumentedOrderPutsIt() throws {
        let new = try edit(Self.year, "items.o1.updated", .scalar("2570-01-10"))
        let diff = changed(Self.year, new)
        #expect(diff.old == [])
        #expect(diff.new == ["    updated: 2570-01-10"])
        #expect(new.contains("    status: not-started   # ยังไม่เริ่ม\n    updated: 2570-01-10\n    unit: 'สำนักปลัด'\n"))
    }

    @Test func aNewItemGoesInCodeOrderAfterTheCommentsOfThePreviousItem() throws {
        let new = try edit(Self.year, "items.o10.status", .scalar("done"))
        #expect(new.hasSuffix("    reason: \"ไม่มี\"\n  o10:\n    status: done\n"))
        let between = try edit(Self.year, "items.o2a.status", .scalar("done"))
        #expect(between.contains("    # หมายเหตุใน o2\n  o2a:\n    status: done\n  o3:\n"))
    }

    @Test func missingParentsAreCreated() throws {
        let new = try edit("name: ทดสอบ\n", "social.0.url", .scalar("https://facebook.com/x"), file: "agency.yaml")
        #expect(new == "name: ทดสอบ\nsocial:\n  - url: https://facebook.com/x\n")
        let empty = try edit("round: 2570\nitems: {}\n", "items.o1.status", .scalar("done"))
        #expect(empty == "round: 2570\nitems:\n  o1:\n    status: done\n")
        #expect(try edit("", "round", .scalar("2570")) == "round: 2570\n")
    }

    @Test func aNewListEntryGoesAtTheEnd() throws {
        let entry = YAMLEditValue.mapping([
            YAMLEditPair(key: "title", value: .scalar("คำสั่ง")), YAMLEditPair(key: "file", value: .scalar("files/o1.pdf")),
        ])
        let new = try edit(Self.year, "items.o1.evidence.1", entry)
        #expect(changed(Self.year, new).new == ["      - title: คำสั่ง", "        file: files/o1.pdf"])
        #expect(new.contains("https://www.example.go.th/a\n      - title: คำสั่ง\n        file: files/o1.pdf\n\n  # o2"))
        #expect(try edit("a: [x, y]\n", "a.2", .scalar("z")) == "a: [x, y, z]\n")
        #expect(throws: YAMLEditError.self) { try edit(Self.year, "items.o1.evidence.5", entry) }
        // A list that does not exist yet starts at 0; the refusal points at the item it would go in.
        let place = SourceLocation(file: "", line: 15, column: 5)
        #expect(
            throws: YAMLEditError.refused(.edit(.indexOutOfRange(path: "items.o2.evidence.3", index: 3, count: 0)), at: place)
        ) {
            try edit(Self.year, "items.o2.evidence.3", entry)
        }
    }

    // MARK: - Removal

    @Test func removingAKeyRemovesExactlyItsLines() throws {
        let new = try edit(Self.year, "items.o2", .remove)
        let diff = changed(Self.year, new)
        #expect(
            diff.old == [
                "  o2:", "    status: done", "    summary: |", "      บรรทัดแรก", "      บรรทัดที่สอง", "    # หมายเหตุใน o2",
            ])
        #expect(diff.new == [])
        let key = try edit(Self.year, "items.o1.status", .remove)
        #expect(changed(Self.year, key).old == ["    status: not-started   # ยังไม่เริ่ม"])
        // A key that is not there: nothing to remove.
        #expect(try edit(Self.year, "items.o9", .remove) == Self.year)
    }

    @Test func removingTheFirstKeyOfAListEntryKeepsItsDash() throws {
        let new = try edit(Self.year, "items.o1.evidence.0.title", .remove)
        #expect(changed(Self.year, new).old == ["      - title: แผนผัง", "        url: https://www.example.go.th/a"])
        #expect(changed(Self.year, new).new == ["      - url: https://www.example.go.th/a"])
        let entry = try edit(Self.year, "items.o1.evidence.0", .remove)
        #expect(changed(Self.year, entry).new == ["    evidence: []"])
    }

    // MARK: - Lists and mappings as values

    @Test func aListReplacesAListInItsStyle() throws {
        let flow = try edit("elements: [1, 2]\n", "elements", .sequence([.scalar("1"), .scalar("3")]))
        #expect(flow == "elements: [1, 3]\n")
        let block = try edit("elements:\n  - a\n  - b\nx: 1\n", "elements", .sequence([.scalar("c")]))
        #expect(block == "elements:\n  - c\nx: 1\n")
        let fromText = try edit("elements: all   # ครบ\nx: 1\n", "elements", .sequence([.scalar("ก"), .scalar("ข")]))
        #expect(fromText == "elements:   # ครบ\n  - ก\n  - ข\nx: 1\n")
    }

    // MARK: - Refusals

    @Test func aPathThroughATextIsRefused() throws {
        // At the text the path runs into: line 7, column 13 of the file.
        let place = SourceLocation(file: "", line: 7, column: 13)
        #expect(
            throws: YAMLEditError.refused(.edit(.pathThroughText(path: "items.o1.status.x", at: "items.o1.status")), at: place)
        ) {
            try edit(Self.year, "items.o1.status.x", .scalar("y"))
        }
        #expect(throws: YAMLEditError.self) { try YAMLKeyPath(parsing: "items..status") }
    }

    @Test func aTextThatDoesNotParseIsRefusedAtItsPlace() throws {
        let broken = "a: 1\nb: [x\n"
        do {
            _ = try YAMLTextEditor.apply(
                [YAMLEdit(path: YAMLKeyPath(parsing: "a"), value: .scalar("2"))], to: broken, order: .none, file: "f.yaml")
            Issue.record("no error")
        } catch let error as YAMLEditError {
            guard case .refused(_, let place?) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(place.file == "f.yaml")
            #expect(place.line >= 2)
        }
    }

    // MARK: - Front matter

    @Test func anItemFileEditsItsFrontMatterOnly() throws {
        let text = "---\nstatus: done\n---\nstatus: not a key here\n"
        let new = try YAMLTextEditor.apply(
            [YAMLEdit(path: YAMLKeyPath(parsing: "unit"), value: .scalar("กองคลัง"))], to: text,
            order: .forFile(URL(fileURLWithPath: "/x/2570/items/o12.md")))
        #expect(new == "---\nstatus: done\nunit: กองคลัง\n---\nstatus: not a key here\n")
    }

    // MARK: - Command-line values

    @Test func commandLineValuesAreFlowOrText() throws {
        #expect(try YAMLEditValue(parsingCommandLine: "[a, b]") == .sequence([.scalar("a"), .scalar("b")]))
        #expect(
            try YAMLEditValue(parsingCommandLine: "{url: x, title: y}")
                == .mapping([YAMLEditPair(key: "url", value: .scalar("x")), YAMLEditPair(key: "title", value: .scalar("y"))]))
        #expect(try YAMLEditValue(parsingCommandLine: "a: b") == .scalar("a: b"))
        #expect(throws: YAMLEditError.self) { try YAMLEditValue(parsingCommandLine: "[a, b") }
    }
}
