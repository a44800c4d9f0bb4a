import Dispatch
import Foundation
import Testing

@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

@Suite struct MarkdownTests {
    /// cmark-gfm adds and removes its extensions' characters in a table shared by every parser
    /// while it finishes a document; pages rendered on several threads once lost some autolinks
    /// (about 9 in 27,000 pages at 500 agencies), so two builds differed.
    @Test func concurrentRendersAreIdentical() {
        let text = "เปิดช่องทางรับฟังความคิดเห็นผ่านทางเว็บไซต์ https://www.example.go.th และ ~~เดิม~~\n\n| ก | ข |\n|---|---|\n| 1 | 2 |\n"
        let expected = Markdown.html(text)
        #expect(expected.contains("<a href=\"https://www.example.go.th\">"))
        #expect(expected.contains("<del>") && expected.contains("<table>"))
        let renders = 20_000
        let results = ConcurrentResults<String>(count: renders)
        DispatchQueue.concurrentPerform(iterations: renders) { results[$0] = Markdown.html(text) }
        let different = results.values.filter { $0 != expected }.count
        #expect(different == 0, "\(different) of \(renders) renders differed")
    }
}
