import Foundation
import Testing

@testable import OITCheck
@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

/// The generated item reference of each built-in round (docs/items/<round>.md).
///
/// With `OIT_WRITE_DOCS=1` in the environment (`make docs`) the test writes the files; otherwise it
/// asserts the committed files equal the generated text, so CI catches a framework edit whose
/// reference was not regenerated.
@Suite struct ItemReferenceTests {
    static let rounds = [2566, 2567, 2568, 2569]

    func builtIn() throws -> [Int: Framework] {
        let context = LoadContext(root: Paths.repository)
        let frameworks = FrameworkLoader.loadAll(contentFolder: nil, context)
        #expect(context.diagnostics.all.isEmpty)
        return frameworks
    }

    @Test(arguments: rounds) func committedReferenceMatchesTheFramework(round: Int) throws {
        let framework = try #require(try builtIn()[round])
        let text = ItemReference.markdown(for: framework)
        let url = Paths.repository.appendingPathComponent("docs/items/\(round).md")
        if ProcessInfo.processInfo.environment["OIT_WRITE_DOCS"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let committed = try String(contentsOf: url, encoding: .utf8)
        #expect(committed == text, "docs/items/\(round).md is out of date: run `make docs`")
    }

    @Test func outputIsDeterministic() throws {
        let first = try builtIn()
        let second = try builtIn()
        for round in Self.rounds {
            let a = try #require(first[round])
            let b = try #require(second[round])
            #expect(ItemReference.markdown(for: a) == ItemReference.markdown(for: b))
        }
    }

    @Test func referenceShowsGroupPeriodSourceAndConfidence() throws {
        let frameworks = try builtIn()
        let complete = ItemReference.markdown(for: try #require(frameworks[2566]))
        #expect(complete.contains("##### o4 แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน"))
        #expect(complete.contains("แผนที่มีผลบังคับใช้ในปีงบประมาณที่ประเมิน (`in-force`)"))
        #expect(complete.contains("- ตัวชี้วัดย่อย: `9.1` ข้อมูลพื้นฐาน (ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล)"))
        #expect(complete.contains("(`partial: false`)"))
        #expect(complete.contains("`role: privacy-policy`"))
        #expect(!complete.contains("ยังไม่ทราบช่วงเวลา"))

        let partial = ItemReference.markdown(for: try #require(frameworks[2568]))
        #expect(partial.contains("(`partial: true`)"))
        #expect(partial.contains("ยังไม่ทราบองค์ประกอบด้านข้อมูล 22 ข้อ"))
        #expect(partial.contains("`9-procurement` การจัดซื้อจัดจ้าง"))
        #expect(partial.contains("ยังไม่ทราบข้อที่แสดงความก้าวหน้า"))
        #expect(partial.contains("- ความเชื่อมั่น: ต่ำ (`low`)"))
    }

    @Test func markdownCharactersInDataAreEscaped() {
        #expect(ItemReference.cell("a|b_c") == "a\\|b\\_c")
        #expect(ItemReference.number(0.3) == "0.30")
        #expect(ItemReference.number(85) == "85")
        #expect(ItemReference.number(84.5) == "84.5")
    }
}
