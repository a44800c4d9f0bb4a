import Foundation
import Testing

@testable import OITCheck
@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

/// The YAML writer's gaps of issue 21: a new entry spaced as its siblings are, the comment after a
/// block header kept, a folded block kept folded, anchors and aliases refused with a clear message
/// (and values beside them edited), libyaml's problems worded in Thai.
@Suite struct YAMLWriterGapsTests {
    func edit(_ text: String, _ path: String, _ value: YAMLEditValue) throws -> String {
        try YAMLTextEditor.apply(
            [YAMLEdit(path: YAMLKeyPath(parsing: path), value: value)], to: text,
            order: .forFile(URL(fileURLWithPath: "/x/agencies/a/2570/year.yaml")), file: "year.yaml")
    }

    func lines(_ text: String) -> [String] { text.components(separatedBy: "\n") }

    // MARK: - 1. Blank lines on insert

    /// As the scaffold writes a year file: a blank line (and a comment) before each item.
    static let spaced = """
        round: 2570
        items:

          # o1 โครงสร้าง
          o1:
            status: done

          # o3 อำนาจหน้าที่
          o3:
            status: done
            evidence:
              - title: ก
                url: https://a.go.th/1

              - title: ข
                url: https://a.go.th/2

        """

    @Test func aNewItemBetweenSpacedItemsIsSpacedToo() throws {
        let new = try edit(Self.spaced, "items.o2.status", .scalar("done"))
        #expect(
            lines(new)[3...10] == [
                "  # o1 โครงสร้าง", "  o1:", "    status: done", "", "  o2:", "    status: done", "", "  # o3 อำนาจหน้าที่",
            ])
    }

    @Test func aNewLastItemIsSpacedFromTheOneBefore() throws {
        let new = try edit(Self.spaced, "items.o9.status", .scalar("done"))
        #expect(new == Self.spaced + "\n  o9:\n    status: done\n")
    }

    @Test func aNewFirstItemGoesAboveTheCommentOfTheOldFirst() throws {
        let new = try edit(Self.spaced, "items.o0.status", .scalar("done"))
        #expect(lines(new)[1...7] == ["items:", "", "  o0:", "    status: done", "", "  # o1 โครงสร้าง", "  o1:"])
    }

    @Test func aNewListEntryIsSpacedAsTheEntriesAre() throws {
        let entry = YAMLEditValue.mapping([
            YAMLEditPair(key: "title", value: .scalar("ค")), YAMLEditPair(key: "url", value: .scalar("https://a.go.th/3")),
        ])
        let new = try edit(Self.spaced, "items.o3.evidence.2", entry)
        #expect(new == Self.spaced + "\n      - title: ค\n        url: https://a.go.th/3\n")
    }

    @Test func entriesWithoutBlankLinesGetNone() throws {
        let tight = "round: 2570\nitems:\n  o1:\n    status: done\n  o3:\n    status: done\n"
        #expect(
            try edit(tight, "items.o2.status", .scalar("done"))
                == "round: 2570\nitems:\n  o1:\n    status: done\n  o2:\n    status: done\n  o3:\n    status: done\n")
        #expect(try edit(tight, "items.o9.status", .scalar("done")) == tight + "  o9:\n    status: done\n")
        // A new key inside an item: the item's keys have no blank lines between them.
        #expect(
            try edit(Self.spaced, "items.o1.unit", .scalar("กองคลัง"))
                == Self.spaced.replacingOccurrences(of: "    status: done\n\n", with: "    status: done\n    unit: กองคลัง\n\n"))
    }

    // MARK: - 2. Comment after a block header

    static let noted = """
        items:
          o1:
            status: done
            summary: |  # หมายเหตุของเจ้าหน้าที่
              บรรทัดแรก
              บรรทัดสอง
            unit: กองคลัง

        """

    @Test func aOneLineValueKeepsTheHeaderComment() throws {
        let new = try edit(Self.noted, "items.o1.summary", .scalar("บรรทัดเดียว"))
        #expect(
            new
                == "items:\n  o1:\n    status: done\n    summary: บรรทัดเดียว  # หมายเหตุของเจ้าหน้าที่\n    unit: กองคลัง\n")
    }

    @Test func aBlockValueKeepsTheHeaderComment() throws {
        let new = try edit(Self.noted, "items.o1.summary", .scalar("หนึ่ง\nสอง\n"))
        #expect(
            new
                == "items:\n  o1:\n    status: done\n    summary: |  # หมายเหตุของเจ้าหน้าที่\n      หนึ่ง\n      สอง\n    unit: กองคลัง\n"
        )
    }

    // MARK: - 3. Folded scalars

    static let folded = """
        items:
          o1:
            summary: >-  # พับบรรทัด
              ข้อความยาว
              ต่อกัน
            unit: กองคลัง

        """

    @Test func aFoldedBlockStaysFolded() throws {
        let new = try edit(Self.folded, "items.o1.summary", .scalar("หนึ่ง\nสอง\n\nสี่"))
        #expect(
            new
                == "items:\n  o1:\n    summary: >-  # พับบรรทัด\n      หนึ่ง\n\n      สอง\n\n\n      สี่\n    unit: กองคลัง\n")
        guard case .success(let node?) = YAMLComposer.compose(new, file: "") else {
            Issue.record("does not parse")
            return
        }
        #expect(YAMLTextEditor.find(["items", "o1", "summary"].map { .key($0) }[...], in: node)?.scalar == "หนึ่ง\nสอง\n\nสี่")
    }

    @Test func aTextFoldingCannotKeepIsWrittenLiteral() throws {
        // A line that starts with a space keeps its line breaks in a folded block: written as `|`.
        let new = try edit(Self.folded, "items.o1.summary", .scalar("หนึ่ง\n  ย่อหน้า\n"))
        #expect(new.contains("    summary: |  # พับบรรทัด\n      หนึ่ง\n        ย่อหน้า\n"))
    }

    // MARK: - 4. Anchors and aliases

    static let anchored = """
        items:
          o1: &base
            status: done
          o2: *base
          o3:
            status: done
            unit: &unit กองคลัง
          o4:
            status: done
            unit: *unit
            note: &lone ไม่มีใครใช้

        """

    func refusal(_ path: String) throws -> (Message, OITModel.SourceLocation?)? {
        do {
            _ = try edit(Self.anchored, path, .scalar("x"))
            return nil
        } catch YAMLEditError.refused(let message, let place) {
            return (message, place)
        }
    }

    @Test func anAnchoredValueIsRefusedAtItsAnchor() throws {
        let (message, place) = try #require(try refusal("items.o3.unit"))
        #expect(message == .edit(.anchored(path: "items.o3.unit", anchor: "unit")))
        #expect(place?.description == "year.yaml:7:11")
        #expect(message.text(in: .thai).contains("&unit"))
        #expect(message.text(in: .english).contains("*unit"))
        // Inside an anchored mapping: at the mapping's anchor.
        let (inside, at) = try #require(try refusal("items.o1.status"))
        #expect(inside == .edit(.anchored(path: "items.o1.status", anchor: "base")))
        #expect(at?.line == 2)
        // Removing it would leave its aliases without an anchor.
        #expect(throws: YAMLEditError.self) { try edit(Self.anchored, "items.o1", .remove) }
        #expect(throws: YAMLEditError.self) { try edit(Self.anchored, "items.o3", .remove) }
    }

    @Test func aValueThroughAnAliasIsRefusedAtTheAlias() throws {
        let (message, place) = try #require(try refusal("items.o2.status"))
        #expect(message == .edit(.throughAlias(path: "items.o2.status")))
        #expect(place?.description == "year.yaml:4:7")
        #expect(message.text(in: .thai).contains("*ชื่อ"))
    }

    @Test func valuesBesideAnchorsAndAliasesAreEdited() throws {
        let status = try edit(Self.anchored, "items.o3.status", .scalar("n/a"))
        #expect(status == Self.anchored.replacingOccurrences(of: "  o3:\n    status: done", with: "  o3:\n    status: n/a"))
        // An alias itself is replaced: only its own value changes.
        let unit = try edit(Self.anchored, "items.o4.unit", .scalar("กองช่าง"))
        #expect(unit == Self.anchored.replacingOccurrences(of: "unit: *unit", with: "unit: กองช่าง"))
        // An anchor no alias copies is only a name.
        let lone = try edit(Self.anchored, "items.o4.note", .scalar("ใหม่"))
        #expect(lone == Self.anchored.replacingOccurrences(of: "ไม่มีใครใช้", with: "ใหม่"))
        let status4 = try edit(Self.anchored, "items.o4.status", .scalar("n/a"))
        #expect(
            status4
                == Self.anchored.replacingOccurrences(
                    of: "    status: done\n    unit: *unit", with: "    status: n/a\n    unit: *unit"))
        let added = try edit(Self.anchored, "items.o5.status", .scalar("done"))
        #expect(added == Self.anchored + "  o5:\n    status: done\n")
    }

    // MARK: - 5. libyaml's problems in Thai

    @Test(arguments: ["[a, b", "{url: x", "[\"x]", "[\"a\\q\"]", "[@x]", "{a: *nope}"])
    func aValueThatDoesNotParseIsToldInThai(_ value: String) throws {
        do {
            _ = try YAMLEditValue(parsingCommandLine: value)
            Issue.record("no error for \(value)")
        } catch YAMLEditError.refused(let message, _) {
            guard case .edit(.invalidValue(_, let problem)) = message else {
                Issue.record("\(message)")
                return
            }
            let thai = message.text(in: .thai)
            // libyaml's words are in the English message only; the Thai one words them in Thai.
            #expect(!thai.contains(problem), "\(thai)")
            #expect(!thai.contains("found") && !thai.contains("expected") && !thai.contains("invalid"), "\(thai)")
            #expect(message.text(in: .english).contains(problem), "\(problem)")
            #expect(!problem.hasPrefix("invalid YAML"))
        }
    }

    @Test func anUnknownProblemKeepsLibyamlsWordsInBoth() {
        let message = Message.edit(.invalidValue("[x", problem: "some new libyaml problem"))
        #expect(message.text(in: .thai).contains("some new libyaml problem"))
        #expect(message.text(in: .english).contains("some new libyaml problem"))
    }

    @Test func aQuoteTypedAsTheValueIsText() throws {
        // `oit set FILE items.o1.summary '"x'`: the value is the text `"x`, written quoted.
        let value = try YAMLEditValue(parsingCommandLine: "\"x")
        let new = try edit(Self.noted, "items.o1.unit", value)
        #expect(new.contains("    unit: \"\\\"x\"\n"))
    }
}
