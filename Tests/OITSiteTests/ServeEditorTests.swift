import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Issue 21: the editor at `/_edit/` of `oit serve`. It answers this computer's names only, takes a
/// POST only from its own pages with the session's token, refuses a save over a file changed on
/// disk, keeps every byte it was not asked to change, and stores uploads safely in `files/`.
extension ServeTests {
    static let editorYear = """
        # ปีงบประมาณ 2566: ความเห็นของผู้ดูแล
        round: 2566
        items:

          # ข่าวประชาสัมพันธ์
          o7:
            status: in-progress   # ยังไม่ครบ
            unit: สำนักปลัด
            elements: [1]
            evidence:
              - title: ข่าว
                url: https://www.example.go.th/news

          o8:
            status: done
            elements: all

        """

    static func editorFixture() throws -> Fixture {
        try Fixture(["agencies/test/agency.yaml": Fixture.agencyYAML, "agencies/test/2566/year.yaml": editorYear])
    }

    /// `oit serve` on the editor fixture once its first build is served, and the origin its
    /// forms post from. The fixture is returned so that its folder lives as long as the test.
    func startedEditor() async throws -> (fixture: Fixture, server: Server, origin: String) {
        try #require(OITProcess.isBuilt, "build the oit product first (make test does)")
        let fixture = try Self.editorFixture()
        let server = try Server(in: fixture.content)
        _ = try await waitFor(server) { ($0["version"] as? Int ?? 0) >= 1 }
        let port = try #require(URL(string: server.address)?.port)
        return (fixture, server, "http://127.0.0.1:\(port)")
    }

    /// A form posted as a browser posts it: multipart, from `origin` (nil: none).
    func post(
        _ url: String, fields: [(String, String)], file: (name: String, data: Data)? = nil, origin: String?,
        fetchSite: String? = nil
    ) async throws -> Answer {
        var request = URLRequest(url: try #require(URL(string: url)))
        request.httpMethod = "POST"
        let boundary = "----oit\(UUID().uuidString)"
        request.setValue("multipart/form-data; boundary=\(boundary)", forHTTPHeaderField: "Content-Type")
        if let origin { request.setValue(origin, forHTTPHeaderField: "Origin") }
        if let fetchSite { request.setValue(fetchSite, forHTTPHeaderField: "Sec-Fetch-Site") }
        var body = Data()
        for (name, value) in fields {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        if let file {
            body.append(
                Data(
                    "--\(boundary)\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"\(file.name)\"\r\nContent-Type: application/pdf\r\n\r\n"
                        .utf8))
            body.append(file.data)
            body.append(Data("\r\n".utf8))
        }
        body.append(Data("--\(boundary)--\r\n".utf8))
        request.httpBody = body
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = try #require(response as? HTTPURLResponse)
        return Answer(
            status: http.statusCode, type: http.value(forHTTPHeaderField: "Content-Type") ?? "",
            body: String(decoding: data, as: UTF8.self))
    }

    /// The hidden field `name`'s value in a page.
    func hidden(_ name: String, in page: String) throws -> String {
        let marker = "name=\"\(name)\" value=\""
        let start = try #require(page.range(of: marker)).upperBound
        return String(page[start...].prefix { $0 != "\"" })
    }

    @Test func theEditorRefusesForeignHostsOriginsAndPostsWithoutItsToken() async throws {
        let (fixture, server, origin) = try await startedEditor()
        let port = try #require(URL(string: server.address)?.port)
        let form = server.address + "_edit/test/2566/o7/"
        let file = fixture.content.appending(path: "agencies/test/2566/year.yaml")

        let page = try await get(form)
        #expect(page.status == 200)
        #expect(page.body.contains("<html lang=\"th\">"))
        #expect(page.body.contains("ข่าวประชาสัมพันธ์"))
        let token = try hidden("token", in: page.body)
        let sha = try hidden("sha", in: page.body)
        #expect(token.count == 64)
        for path in ["_edit/", "_edit/test/", "_edit/test/2566/", "_edit/test/2566/o7/"] {
            #expect(try await get(server.address + path, host: "attacker.example:\(port)").status == 403, "\(path)")
            #expect(try await get(server.address + path).status == 200, "\(path)")
        }
        let change = [("token", token), ("sha", sha), ("status", "done")]
        let refusals: [(origin: String?, fetchSite: String?, fields: [(String, String)])] = [
            (nil, nil, change),
            ("http://attacker.example", nil, change),
            ("http://localhost:\(port)", nil, change),
            (origin, "cross-site", change),
            (origin, nil, [("sha", sha), ("status", "done")]),
            (origin, nil, [("token", String(token.reversed())), ("sha", sha), ("status", "done")]),
            (origin, nil, [("token", String(token.dropLast())), ("sha", sha), ("status", "done")]),
        ]
        for refusal in refusals {
            let answer = try await post(form, fields: refusal.fields, origin: refusal.origin, fetchSite: refusal.fetchSite)
            #expect(answer.status == 403, "\(String(describing: refusal.origin)) \(refusal.fields.map(\.0))")
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == Self.editorYear, "nothing was written")
        #expect(try await get(server.address + "_edit/..%2F..%2Fetc/").status == 404)
        #expect(try await get(server.address + "_edit/test/2566/..%2F..%2F/").status == 404)
    }
}
