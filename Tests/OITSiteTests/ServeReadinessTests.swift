import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Issue 20, part 4: `oit serve` shows `oit check`'s readiness report as a page of the preview, made
/// from the last good build; never a file of the build, never to another host's pages.
extension ServeTests {
    /// Seed 001 (`ReadinessTests`) with an agency name that is markup.
    static let hostileName = "<b>ทดสอบ</b> & \"x\" 'y'"

    static func readinessFixture() throws -> Fixture {
        var files = ReadinessTests.files(ReadinessTests.seed001)
        files["agencies/test/agency.yaml"] = try ReadinessTests.agency.edited(
            replacing: "name: องค์การบริหารส่วนตำบลทดสอบ",
            with: "name: '" + hostileName.replacingOccurrences(of: "'", with: "''") + "'")
        return try Fixture(files)
    }

    @Test func theReadinessPageShowsTheLastGoodBuildsFigures() async throws {
        try #require(OITProcess.isBuilt, "build the oit product first (make test does)")
        let fixture = try Self.readinessFixture()
        let temporary = fixture.root.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        let server = try Server(in: fixture.content, temporary: temporary)
        #expect((try await waitFor(server) { ($0["version"] as? Int ?? 0) >= 1 })["version"] as? Int == 1)

        let page = try await get(server.address + "__oit/readiness/")
        #expect(page.status == 200)
        #expect(page.type.hasPrefix("text/html"))
        #expect(page.body.contains("<html lang=\"th\">"))
        for figure in ["93.00", "63.75", "78.38", "80.42 (B, ต้องปรับปรุง)", "ผ่าน 37 จาก 43 ข้อ"] {
            #expect(page.body.contains(figure), "\(figure)")
        }
        #expect(page.body.contains("<th scope=\"row\">9.1</th><td>90.00</td>"))
        #expect(page.body.contains("<th scope=\"col\">"))
        #expect(page.body.contains("<a href=\"/test/2566/o1/index.html\">o1</a>"))
        #expect(page.body.contains("&lt;b&gt;ทดสอบ&lt;/b&gt; &amp; &quot;x&quot; &#39;y&#39;"))
        #expect(!page.body.contains("<b>ทดสอบ"), "the agency's name is escaped")
        #expect(page.body.contains("/__oit/live.js"), "the page reloads after a rebuild")
        #expect(try await get(server.address + "test/2566/o1/index.html").status == 200, "the item's link is served")

        // Another host's name pointed at 127.0.0.1 (DNS rebinding) reads nothing, as for every route.
        let port = try #require(URL(string: server.address)?.port)
        for path in ["__oit/readiness/", "test/", "__oit/version"] {
            let foreign = try await get(server.address + path, host: "attacker.example:\(port)")
            #expect(foreign.status == 403, "\(path)")
            #expect(!foreign.body.contains("78.38"))
        }
        #expect(try await get(server.address + "test/", host: "localhost:\(port)").status == 200)

        // The server's build folder holds the site only: no readiness page or text.
        let built = FileManager.default.enumerator(at: temporary, includingPropertiesForKeys: nil)?.allObjects ?? []
        var read = 0
        for case let url as URL in built {
            #expect(!url.path.contains("readiness"), "\(url.path)")
            guard ["html", "json", "xml", "txt", "csv"].contains(url.pathExtension) else { continue }
            let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            read += 1
            for phrase in ["รายงานความพร้อม", "ความพร้อม OIT", "__oit/readiness", "78.38"] {
                #expect(!text.contains(phrase), "\(url.lastPathComponent) shows \(phrase)")
            }
        }
        #expect(read > 10, "the server built into its TMPDIR")
    }

    @Test func theReadinessPageIsEnglishWithLangEn() async throws {
        try #require(OITProcess.isBuilt, "build the oit product first (make test does)")
        let fixture = try Self.readinessFixture()
        let server = try Server(in: fixture.content, arguments: ["--lang", "en"])
        _ = try await waitFor(server) { ($0["version"] as? Int ?? 0) >= 1 }
        let page = try await get(server.address + "__oit/readiness/")
        #expect(page.status == 200)
        #expect(page.body.contains("<html lang=\"en\">"))
        #expect(page.body.contains("predicted overall 80.42 (B, ต้องปรับปรุง) with round 2565&#39;s IIT and EIT"))
        #expect(page.body.contains("37 of 43 items pass"))
        #expect(page.body.contains("Sub-indicators (predicted)"))
    }
}
