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
}
