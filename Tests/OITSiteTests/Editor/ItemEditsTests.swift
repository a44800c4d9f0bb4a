import Foundation
import Testing

@testable import OITCheck
@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

/// The edits a saved item form makes: one per value that changed, nothing else.
@Suite struct ItemEditsTests {
    @Test func editsAreMadeForChangedValuesOnly() throws {
        let (_, checked) = try ItemFormTests.checked()
        let old = try ItemFormTests.form("o7", checked).values
        #expect(ItemEdits.edits(from: old, to: old, code: "o7", elementCount: 2).isEmpty)
        var new = old
        new.status = "done"
        new.updated = "01/03/2566"
        new.elements = [1, 2]
        new.unit = ""
        let edits = ItemEdits.edits(from: old, to: new, code: "o7", elementCount: 2)
        #expect(edits.map(\.path.description) == ["items.o7.status", "items.o7.updated", "items.o7.unit", "items.o7.elements"])
        #expect(edits.map(\.value) == [.scalar("done"), .scalar("2023-03-01"), .remove, .scalar("all")])
        new.elements = [2]
        // `not-a-url` is an error, so the entry was read with one evidence entry.
        #expect(old.evidence.count == 1)
        new.evidence[0].title = "ข่าวใหม่"
        let more = ItemEdits.edits(from: old, to: new, code: "o7", elementCount: 2)
        #expect(more.last?.path.description == "items.o7.evidence")
        #expect(
            more.last?.value
                == .sequence([
                    .mapping([
                        YAMLEditPair(key: "title", value: .scalar("ข่าวใหม่")),
                        YAMLEditPair(key: "url", value: .scalar("https://www.example.go.th/news")),
                    ])
                ]))
        #expect(more.contains { $0.path.description == "items.o7.elements" && $0.value == .sequence([.scalar("2")]) })
    }

    /// An item a partial round does not list (o2 of 2569): its title, group and element texts are
    /// fields of the form, saved as `title:`, `group:` and `elements:` texts, only their lines changed.
    @Test func theItemsOwnTitleAndElementTextsAreEditedWhereTheFrameworkLacksThem() throws {
        let text = """
            round: 2569
            items:
              o2:
                title: ข้อมูลผู้บริหาร
                status: done
                # องค์ประกอบตามคู่มือ
                elements:
                  - ชื่อ
                  - ตำแหน่ง

            """
        let (_, checked) = try ItemFormTests.checked(text, year: 2569)
        let form = try ItemFormTests.form("o2", checked, year: 2569)
        #expect(form.definesItem && !form.isListed)
        let old = form.values
        #expect(old.definitionTitle == "ข้อมูลผู้บริหาร" && old.definitionElements == "ชื่อ\nตำแหน่ง")
        let fields = ["def-title": ["ข้อมูลผู้บริหารสูงสุด"], "def-group": [""], "def-elements": ["ชื่อ\r\nตำแหน่ง\r\n\r\nรูปถ่าย\r\n"]]
        let new = ItemSubmission(fields: fields, old: old, language: .thai).values
        let edits = ItemEdits.edits(from: old, to: new, code: "o2", elementCount: form.elements.count)
        #expect(edits.map(\.path.description) == ["items.o2.title", "items.o2.elements"])
        let saved = try YAMLTextEditor.apply(edits, to: text, order: .forFile(URL(fileURLWithPath: "year.yaml")))
        #expect(
            saved == """
                round: 2569
                items:
                  o2:
                    title: ข้อมูลผู้บริหารสูงสุด
                    status: done
                    # องค์ประกอบตามคู่มือ
                    elements:
                      - ชื่อ
                      - ตำแหน่ง
                      - รูปถ่าย

                """)
        // An item the full 2566 framework describes offers no such fields.
        let (_, full) = try ItemFormTests.checked()
        let listed = try ItemFormTests.form("o7", full)
        #expect(!listed.definesItem && listed.isListed)
    }
}
